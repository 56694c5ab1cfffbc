// Every problem of ./checks/problems.ts as one sentence in de, en and fr that says what is wrong and
// how to fix it. Parameters in {braces}. A test checks every code has all three languages and that
// every parameter a sentence names is supplied.
import type { Problem, ProblemCode } from './checks/problems';

export const LANGS = ['de', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const PROBLEM_MESSAGES: Record<ProblemCode, Record<Lang, string>> = {
  'too-long': {
    de: 'Das ist zu lang: höchstens {max} Zeichen. Bitte kürzen Sie die Angabe.',
    en: 'This is too long: at most {max} characters. Please shorten it.',
    fr: 'C’est trop long : {max} caractères au maximum. Veuillez raccourcir.',
  },
  'control-characters': {
    de: 'Der Wert enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn neu ein, statt ihn einzufügen.',
    en: 'The value contains invisible control characters. Please type it again instead of pasting it.',
    fr: 'La valeur contient des caractères de contrôle invisibles. Veuillez la saisir à nouveau au lieu de la coller.',
  },
  'date-format': {
    de: 'Bitte geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 07.03.1984.',
    en: 'Please enter the date as DD.MM.YYYY or YYYY-MM-DD, for example 07.03.1984.',
    fr: 'Veuillez saisir la date au format JJ/MM/AAAA, par exemple 07/03/1984.',
  },
  'date-invalid': {
    de: 'Dieses Datum gibt es nicht. Bitte prüfen Sie Tag, Monat und Jahr.',
    en: 'This date does not exist. Please check the day, month and year.',
    fr: 'Cette date n’existe pas. Veuillez vérifier le jour, le mois et l’année.',
  },
  'date-in-future': {
    de: 'Das Datum liegt in der Zukunft. Bitte prüfen Sie das Jahr.',
    en: 'The date is in the future. Please check the year.',
    fr: 'La date est dans le futur. Veuillez vérifier l’année.',
  },
  'date-too-old': {
    de: 'Das Datum liegt vor {year}. Bitte prüfen Sie das Jahr.',
    en: 'The date is before {year}. Please check the year.',
    fr: 'La date est antérieure à {year}. Veuillez vérifier l’année.',
  },
  'expiry-before-issue': {
    de: '„Gültig bis“ liegt vor dem Ausstellungsdatum. Bitte vergleichen Sie beide Daten mit Ihrem Pass.',
    en: '“Valid until” is before the date of issue. Please compare both dates with your passport.',
    fr: 'La date d’expiration précède la date de délivrance. Veuillez comparer les deux dates avec votre passeport.',
  },
  'issue-before-birth': {
    de: 'Das Ausstellungsdatum liegt vor dem Geburtsdatum. Bitte prüfen Sie beide Daten.',
    en: 'The date of issue is before the date of birth. Please check both dates.',
    fr: 'La date de délivrance précède la date de naissance. Veuillez vérifier les deux dates.',
  },
  'day-range': {
    de: 'Bitte geben Sie einen Tag von {min} bis {max} ein.',
    en: 'Please enter a day from {min} to {max}.',
    fr: 'Veuillez saisir un jour entre {min} et {max}.',
  },
  'month-range': {
    de: 'Bitte geben Sie einen Monat von {min} bis {max} ein.',
    en: 'Please enter a month from {min} to {max}.',
    fr: 'Veuillez saisir un mois entre {min} et {max}.',
  },
  'year-range': {
    de: 'Bitte geben Sie ein vierstelliges Jahr von {min} bis {max} ein.',
    en: 'Please enter a four-digit year from {min} to {max}.',
    fr: 'Veuillez saisir une année à quatre chiffres entre {min} et {max}.',
  },
  'country-unknown': {
    de: 'Diesen Staat kennen wir nicht. Bitte wählen Sie ihn aus der Liste.',
    en: 'We do not know this country. Please choose it from the list.',
    fr: 'Ce pays est inconnu. Veuillez le choisir dans la liste.',
  },
  'choice-unknown': {
    de: 'Bitte wählen Sie einen Eintrag aus der Liste.',
    en: 'Please choose an entry from the list.',
    fr: 'Veuillez choisir une entrée dans la liste.',
  },
  'email-format': {
    de: 'Das ist keine vollständige E-Mail-Adresse. Sie sieht so aus: name@beispiel.de.',
    en: 'This is not a complete email address. It looks like this: name@example.org.',
    fr: 'Ce n’est pas une adresse électronique complète. Elle ressemble à ceci : nom@exemple.fr.',
  },
  'tel-format': {
    de: 'Bitte geben Sie die Telefonnummer mit 6 bis 15 Ziffern ein, gern mit Vorwahl, z. B. +49 30 1234567.',
    en: 'Please enter the phone number with 6 to 15 digits, ideally with the country code, e.g. +49 30 1234567.',
    fr: 'Veuillez saisir le numéro de téléphone avec 6 à 15 chiffres, de préférence avec l’indicatif, p. ex. +33 1 23 45 67 89.',
  },
  'postal-de': {
    de: 'Eine deutsche Postleitzahl hat genau 5 Ziffern, z. B. 10115.',
    en: 'A German postal code has exactly 5 digits, e.g. 10115.',
    fr: 'Un code postal allemand comporte exactement 5 chiffres, p. ex. 10115.',
  },
  'postal-fr': {
    de: 'Eine französische Postleitzahl hat genau 5 Ziffern und beginnt mit der Nummer des Départements, z. B. 75001.',
    en: 'A French postal code has exactly 5 digits and starts with the département number, e.g. 75001.',
    fr: 'Un code postal français comporte exactement 5 chiffres et commence par le numéro du département, p. ex. 75001.',
  },
  'postal-format': {
    de: 'Eine Postleitzahl besteht aus 2 bis 10 Buchstaben oder Ziffern. Bitte prüfen Sie die Angabe.',
    en: 'A postal code has 2 to 10 letters or digits. Please check it.',
    fr: 'Un code postal comporte de 2 à 10 lettres ou chiffres. Veuillez le vérifier.',
  },
  'document-number-format': {
    de: 'Ausweis- und Passnummern bestehen aus 6 bis 12 Großbuchstaben und Ziffern (ohne Leerzeichen). Bitte übertragen Sie sie genau vom Dokument.',
    en: 'Passport and ID card numbers have 6 to 12 capital letters and digits (no spaces). Please copy it exactly from the document.',
    fr: 'Les numéros de passeport et de carte d’identité comportent 6 à 12 lettres majuscules et chiffres (sans espace). Veuillez le recopier exactement depuis le document.',
  },
  'tax-id-length': {
    de: 'Die deutsche Steuer-ID hat 11 Ziffern, der französische numéro fiscal 13 Ziffern. Bitte prüfen Sie die Anzahl.',
    en: 'The German tax ID has 11 digits, the French numéro fiscal 13 digits. Please check how many you typed.',
    fr: 'Le numéro fiscal français comporte 13 chiffres, l’identifiant fiscal allemand 11 chiffres. Veuillez vérifier leur nombre.',
  },
  'de-tax-id-leading-zero': {
    de: 'Eine Steuer-ID beginnt nie mit 0. Bitte vergleichen Sie die Nummer mit Ihrem Steuerbescheid.',
    en: 'A German tax ID never starts with 0. Please compare the number with your tax assessment.',
    fr: 'Un identifiant fiscal allemand ne commence jamais par 0. Veuillez le comparer avec votre avis d’imposition.',
  },
  'de-tax-id-repetition': {
    de: 'So kann keine Steuer-ID aussehen (in den ersten 10 Ziffern kommt genau eine Ziffer zwei- oder dreimal vor). Bitte prüfen Sie auf Tippfehler.',
    en: 'This cannot be a German tax ID (exactly one digit appears two or three times in the first 10). Please check for typos.',
    fr: 'Ce ne peut pas être un identifiant fiscal allemand (un seul chiffre apparaît deux ou trois fois dans les 10 premiers). Veuillez vérifier la saisie.',
  },
  'de-tax-id-check-digit': {
    de: 'Die Prüfziffer der Steuer-ID stimmt nicht. Wahrscheinlich ist eine Ziffer vertauscht: Bitte vergleichen Sie alle 11 Ziffern mit Ihrem Steuerbescheid.',
    en: 'The check digit of the tax ID does not match. A digit is probably swapped: please compare all 11 digits with your tax assessment.',
    fr: 'Le chiffre de contrôle de l’identifiant fiscal allemand ne correspond pas. Veuillez comparer les 11 chiffres avec votre avis d’imposition.',
  },
  'fr-tax-id-first-digit': {
    de: 'Ein französischer numéro fiscal beginnt mit 0, 1, 2 oder 3. Bitte prüfen Sie die Nummer auf Ihrem avis d’impôt.',
    en: 'A French numéro fiscal starts with 0, 1, 2 or 3. Please check the number on your avis d’impôt.',
    fr: 'Un numéro fiscal commence par 0, 1, 2 ou 3. Veuillez vérifier le numéro sur votre avis d’impôt.',
  },
  'ssn-format': {
    de: 'Die Rentenversicherungsnummer hat 12 Zeichen (z. B. 65 170839 J 00 3), die französische Sozialversicherungsnummer 15. Bitte übertragen Sie sie vom Ausweis der Versicherung.',
    en: 'The German pension insurance number has 12 characters (e.g. 65 170839 J 00 3), the French social security number 15. Please copy it from your insurance card.',
    fr: 'Le numéro de sécurité sociale comporte 15 caractères (13 chiffres et une clé de 2 chiffres), le numéro allemand 12. Veuillez le recopier depuis votre carte Vitale.',
  },
  'de-ssn-check-digit': {
    de: 'Die letzte Ziffer (Prüfziffer) der Versicherungsnummer passt nicht. Bitte vergleichen Sie die Nummer mit Ihrem Sozialversicherungsausweis.',
    en: 'The last digit (check digit) of the insurance number does not match. Please compare it with your social insurance card.',
    fr: 'Le dernier chiffre (chiffre de contrôle) du numéro allemand ne correspond pas. Veuillez le comparer avec votre carte d’assurance sociale.',
  },
  'nir-key': {
    de: 'Die Schlüsselzahl (letzte 2 Ziffern) der Sozialversicherungsnummer passt nicht zu den übrigen 13 Zeichen. Bitte vergleichen Sie sie mit der carte Vitale.',
    en: 'The key (last 2 digits) of the social security number does not match the other 13 characters. Please compare it with the carte Vitale.',
    fr: 'La clé (2 derniers chiffres) ne correspond pas aux 13 premiers caractères. Veuillez comparer le numéro avec votre carte Vitale.',
  },
  'health-insurance-number-format': {
    de: 'Die Krankenversichertennummer besteht aus einem Buchstaben und 9 Ziffern (auf der Gesundheitskarte), in Frankreich aus 15 Zeichen.',
    en: 'The German health insurance number is one letter and 9 digits (on the health card); in France it has 15 characters.',
    fr: 'Le numéro d’assuré comporte 15 caractères (carte Vitale) ; en Allemagne, une lettre et 9 chiffres.',
  },
  'iban-country': {
    de: 'Eine IBAN beginnt mit dem Ländercode, z. B. DE oder FR. Bitte prüfen Sie die ersten zwei Buchstaben.',
    en: 'An IBAN starts with a country code such as DE or FR. Please check the first two letters.',
    fr: 'Un IBAN commence par le code pays, p. ex. FR ou DE. Veuillez vérifier les deux premières lettres.',
  },
  'iban-length': {
    de: 'Für {country} hat die IBAN eine andere Länge. Bitte prüfen Sie, ob eine Stelle fehlt oder zu viel ist.',
    en: 'An IBAN for {country} has a different length. Please check for a missing or extra character.',
    fr: 'Un IBAN de {country} a une autre longueur. Veuillez vérifier s’il manque ou s’il y a un caractère en trop.',
  },
  'iban-format': {
    de: 'Das ist keine gültige IBAN. Bitte übertragen Sie sie genau von Ihrem Kontoauszug oder der Bankkarte.',
    en: 'This is not a valid IBAN. Please copy it exactly from your bank statement or card.',
    fr: 'Ce n’est pas un IBAN valide. Veuillez le recopier exactement depuis votre RIB.',
  },
  'iban-checksum': {
    de: 'Die Prüfziffern der IBAN stimmen nicht – wahrscheinlich ein Tippfehler. Bitte vergleichen Sie jede Stelle mit Ihrem Kontoauszug.',
    en: 'The IBAN check digits do not match, probably a typo. Please compare each character with your bank statement.',
    fr: 'La clé de l’IBAN ne correspond pas, probablement une faute de frappe. Veuillez comparer chaque caractère avec votre RIB.',
  },
  'bic-format': {
    de: 'Ein BIC hat 8 oder 11 Zeichen, z. B. COBADEFFXXX. Bitte übertragen Sie ihn vom Kontoauszug.',
    en: 'A BIC has 8 or 11 characters, e.g. COBADEFFXXX. Please copy it from your bank statement.',
    fr: 'Un BIC comporte 8 ou 11 caractères, p. ex. BNPAFRPPXXX. Veuillez le recopier depuis votre RIB.',
  },
};

/** The sentence for a problem, with its parameters filled in. */
export function problemMessage(problem: Problem, lang: Lang): string {
  return PROBLEM_MESSAGES[problem.code][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    problem.params && name in problem.params ? String(problem.params[name]) : whole);
}
