// The shared vocabulary (../shared/field-keys.json), as one typed module. A test keeps the two equal.
// Every key the classifier emits, the profile stores, the planner fills and the explanations cover.

export const FIELD_KEYS = [
  'honorific-prefix',
  'academic-title',
  'full-name',
  'given-name',
  'family-name',
  'birth-name',
  'former-names',
  'artistic-name',
  'sex',
  'bday',
  'bday-day',
  'bday-month',
  'bday-year',
  'birth-place',
  'birth-country',
  'nationality',
  'marital-status',
  'religion',
  'occupation',
  'employer',
  'email',
  'tel',
  'street-address',
  'street',
  'house-number',
  'address-suffix',
  'postal-code',
  'city',
  'region',
  'country',
  'id-card-number',
  'passport-number',
  'passport-issue-date',
  'passport-expiry-date',
  'passport-issuing-authority',
  'tax-id',
  'tax-number',
  'social-security-number',
  'health-insurer',
  'health-insurance-number',
  'iban',
  'bic',
  'account-holder',
  'bank-name',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

export const PERSONS = ['applicant', 'partner', 'child', 'other'] as const;
export type Person = (typeof PERSONS)[number];

/** The HTML autofill token that means the same as a key, where one exists. */
export const AUTOCOMPLETE_TOKEN: Partial<Record<FieldKey, string>> = {
  'honorific-prefix': 'honorific-prefix',
  'full-name': 'name',
  'given-name': 'given-name',
  'family-name': 'family-name',
  'artistic-name': 'nickname',
  'sex': 'sex',
  'bday': 'bday',
  'bday-day': 'bday-day',
  'bday-month': 'bday-month',
  'bday-year': 'bday-year',
  'occupation': 'organization-title',
  'employer': 'organization',
  'email': 'email',
  'tel': 'tel',
  'street-address': 'street-address',
  'address-suffix': 'address-line2',
  'postal-code': 'postal-code',
  'city': 'address-level2',
  'region': 'address-level1',
  'country': 'country',
};

/** Short names of each key, used where no explanation is loaded (lists, logs, the CLI). */
export const KEY_NAMES: Record<FieldKey, { de: string; fr: string }> = {
  'honorific-prefix': { de: 'Anrede', fr: 'Civilité' },
  'academic-title': { de: 'Doktorgrad / akademischer Grad', fr: 'Titre universitaire' },
  'full-name': { de: 'Vor- und Familienname in einem Feld', fr: 'Nom et prénom(s) en un champ' },
  'given-name': { de: 'Vorname(n)', fr: 'Prénom(s)' },
  'family-name': { de: 'Familienname / Nachname', fr: "Nom / nom d'usage" },
  'birth-name': { de: 'Geburtsname', fr: 'Nom de naissance / nom de famille à la naissance' },
  'former-names': { de: 'Frühere Namen', fr: 'Noms antérieurs' },
  'artistic-name': { de: 'Ordens- oder Künstlername', fr: "Pseudonyme / nom d'artiste" },
  'sex': { de: 'Geschlecht', fr: 'Sexe' },
  'bday': { de: 'Geburtsdatum (ein Feld)', fr: 'Date de naissance (un champ)' },
  'bday-day': { de: 'Geburtstag (Tag)', fr: 'Jour de naissance' },
  'bday-month': { de: 'Geburtsmonat', fr: 'Mois de naissance' },
  'bday-year': { de: 'Geburtsjahr', fr: 'Année de naissance' },
  'birth-place': { de: 'Geburtsort', fr: 'Lieu / commune de naissance' },
  'birth-country': { de: 'Geburtsland / Geburtsstaat', fr: 'Pays de naissance' },
  'nationality': { de: 'Staatsangehörigkeit', fr: 'Nationalité' },
  'marital-status': { de: 'Familienstand', fr: 'Situation familiale / état civil' },
  'religion': { de: 'Religionszugehörigkeit (Meldewesen)', fr: 'Religion' },
  'occupation': { de: 'Beruf / ausgeübte Tätigkeit', fr: 'Profession' },
  'employer': { de: 'Arbeitgeber (Name)', fr: 'Employeur' },
  'email': { de: 'E-Mail-Adresse', fr: 'Adresse électronique / courriel' },
  'tel': { de: 'Telefonnummer', fr: 'Téléphone' },
  'street-address': { de: 'Straße und Hausnummer in einem Feld', fr: 'Adresse (numéro et voie) en un champ' },
  'street': { de: 'Straße (ohne Hausnummer)', fr: 'Voie / rue (sans numéro)' },
  'house-number': { de: 'Hausnummer', fr: 'Numéro (de voie)' },
  'address-suffix': { de: 'Adresszusatz (c/o, Gebäude, Etage)', fr: "Complément d'adresse" },
  'postal-code': { de: 'Postleitzahl', fr: 'Code postal' },
  'city': { de: 'Ort / Wohnort / Gemeinde', fr: 'Ville / commune' },
  'region': { de: 'Bundesland', fr: 'Région / département' },
  'country': { de: 'Staat / Land der Anschrift', fr: 'Pays (adresse)' },
  'id-card-number': { de: 'Personalausweisnummer', fr: "Numéro de carte nationale d'identité" },
  'passport-number': { de: 'Reisepassnummer / Nummer des Reisedokuments', fr: 'Numéro de passeport / du document de voyage' },
  'passport-issue-date': { de: 'Ausstellungsdatum des Passes', fr: 'Date de délivrance du passeport' },
  'passport-expiry-date': { de: 'Pass gültig bis', fr: "Passeport valable jusqu'au" },
  'passport-issuing-authority': { de: 'Ausstellende Behörde / ausgestellt durch', fr: 'Autorité de délivrance' },
  'tax-id': { de: 'Steuerliche Identifikationsnummer (11 Ziffern)', fr: 'Numéro fiscal (13 chiffres)' },
  'tax-number': { de: 'Steuernummer (beim Finanzamt)', fr: "Numéro de déclarant / d'usager fiscal" },
  'social-security-number': { de: 'Sozialversicherungs-/Rentenversicherungsnummer', fr: 'Numéro de sécurité sociale (NIR)' },
  'health-insurer': { de: 'Krankenkasse', fr: "Caisse d'assurance maladie" },
  'health-insurance-number': { de: 'Krankenversichertennummer', fr: "Numéro d'assuré" },
  'iban': { de: 'IBAN', fr: 'IBAN' },
  'bic': { de: 'BIC', fr: 'BIC' },
  'account-holder': { de: 'Kontoinhaber(in)', fr: 'Titulaire du compte' },
  'bank-name': { de: 'Kreditinstitut / Bank', fr: 'Établissement bancaire' },
};

const keySet: ReadonlySet<string> = new Set(FIELD_KEYS);
export function isFieldKey(value: unknown): value is FieldKey {
  return typeof value === 'string' && keySet.has(value);
}

const personSet: ReadonlySet<string> = new Set(PERSONS);
export function isPerson(value: unknown): value is Person {
  return typeof value === 'string' && personSet.has(value);
}

/** Values a user must tick before they are filled (ARCHITECTURE: trust boundaries). */
export const SENSITIVE_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'tax-id', 'tax-number', 'iban', 'bic', 'passport-number', 'id-card-number', 'social-security-number', 'health-insurance-number',
]);
