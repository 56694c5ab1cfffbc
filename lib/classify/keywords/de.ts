// German wording of the profile fields, as the official forms print it. Texts are normalised first
// (lib/detect/words.ts): "Straße" is "strasse", "Staatsangehörigkeit" is "staatsangehoerigkeit".
// Sources: Visa Code Annex I (Schengen application, German version, VIDEX), Meldeschein / Anmeldung
// (BMG §23, Bundesmeldegesetz), Personalausweis and Reisepass (PAuswG §5, PassG §4), Kindergeld KG 1,
// Elterngeld (BEEG Antrag), BAföG Formblatt 1, Bürgergeld Hauptantrag, ELSTER / Anlage Kind,
// DIN 5008 address blocks, and the i18n_de pages of Chromium's autofill tests.
import type { ScopeRule, KeywordRule, PersonRule } from './types';

// Not the ID card: its dates and authority are not the passport's.
const PASS = /pass|reisedokument|reise dokument|passport|passeport|document de voyage|titre de voyage|travel document/;

export const DE_RULES: KeywordRule[] = [
  // Names
  { key: 'honorific-prefix', re: /\banrede\b/, source: 'Anrede: Bürgergeld Hauptantrag, most Länder service portals' },
  { key: 'academic-title', re: /\b(akademische[rn]? (grad|titel)|doktorgrad|titel)\b/, source: 'Doktorgrad: Personalausweis (PAuswG §5 (2) 3), Meldeschein' },
  { key: 'given-name', re: /\bvor ?namen?\b|\brufnamen?\b/, source: 'Vorname(n): Visa Code Annex I item 3, Meldeschein' },
  { key: 'family-name', re: /\b(familien|nach|zu) ?namen?\b/, source: 'Familienname / Nachname: Visa Code Annex I item 1, Meldeschein' },
  { key: 'full-name', re: /\bvor (und|u) (zu|nach|familien) ?name\b/, pair: ['given-name', 'family-name'], priority: 76, source: 'Vor- und Zuname: Kindergeld KG 1, Anlage Kind' },
  { key: 'full-name', re: /\b(familien|nach)?name (und |u )?vornamen?\b/, pair: ['family-name', 'given-name'], priority: 76, source: 'Name, Vorname: Visa Code Annex I item 30 (einladende Person), Kindergeld KG 1' },
  { key: 'full-name', re: /\bvornamen? (und |u )?(familien|nach)?name\b/, pair: ['given-name', 'family-name'], priority: 76, source: 'Vorname Name: German web forms' },
  { key: 'birth-name', re: /\bgeburts ?namen?\b|\bfamilienname (bei|zur zeit) der geburt\b|\bgeborene?\b|\bgeb name\b/, source: 'Geburtsname: Meldeschein, Visa Code Annex I item 2' },
  { key: 'former-names', re: /\b(fruehere|sonstige|andere|weitere)[rn]? (familien|vor|nach)?namen\b/, source: 'Frühere Namen: Meldeschein (BMG §3 (1) 2)' },
  { key: 'artistic-name', re: /\b(ordens|kuenstler) ?name\b|\bordens oder kuenstler ?name\b/, source: 'Ordens- oder Künstlername: Personalausweis (PAuswG §5 (2) 5)' },
  // Person
  { key: 'sex', re: /\bgeschlecht\b/, source: 'Geschlecht: Visa Code Annex I item 8, Meldeschein' },
  { key: 'bday', re: /\bgeburts ?datum\b|\bgeboren am\b|\bgeb ?dat(um)?\b|\btag der geburt\b|\bgeburtstag\b/, source: 'Geburtsdatum: Visa Code Annex I item 4, every German form' },
  { key: 'bday-year', re: /\bgeburts ?jahr\b/, source: 'Geburtsjahr: split date selects on German web forms' },
  { key: 'bday-month', re: /\bgeburts ?monat\b/, source: 'Geburtsmonat: split date selects' },
  { key: 'birth-place', re: /\bgeburts ?ort\b|\bgeb ?ort\b|\bort der geburt\b/, source: 'Geburtsort: Visa Code Annex I item 5, Personalausweis' },
  { key: 'birth-country', re: /\bgeburts ?(land|staat)\b|\bgeb ?land\b|\b(land|staat) der geburt\b/, source: 'Geburtsland: Visa Code Annex I item 6' },
  { key: 'nationality', re: /\bstaats ?angehoerigkeit(en)?\b|\bnationalitaet\b|\bstaats ?ang\b/, source: 'Staatsangehörigkeit: Visa Code Annex I item 7, Meldeschein' },
  { key: null, re: /\bstaatsangehoerigkeit(en)? (bei|zum zeitpunkt)( der)? geburt\b|\b(andere|weitere|fruehere|zweite|sonstige|urspruengliche)[rn]? staatsangehoerigkeit(en)?\b/, source: 'Visa Code Annex I item 7: nationality at birth / other nationalities are not the current one' },
  { key: 'marital-status', re: /\bfamilien ?stand\b/, source: 'Familienstand: Visa Code Annex I item 9, Meldeschein' },
  { key: null, re: /\b(sonstige[rs]?|andere[rs]?) familienstand\b|\bfamilienstand seit\b/, source: 'Visa Code Annex I item 9 "Sonstiges (bitte angeben)", Meldeschein "seit": free text and dates' },
  { key: 'religion', re: /\breligion\w*\b|\bkonfession\b|\breligionsgemeinschaft\b/, source: 'Religionszugehörigkeit: Meldeschein (BMG §3 (1) 11)' },
  { key: 'occupation', re: /\bberuf\b|\bberufliche taetigkeit\b|\bberufs ?bezeichnung\b|\bausgeuebte taetigkeit\b|\btaetigkeit\b/, source: 'Derzeitige berufliche Tätigkeit: Visa Code Annex I item 21' },
  { key: 'employer', re: /\barbeitgeber(s|in)?\b/, priority: 101, source: 'Arbeitgeber: Visa Code Annex I item 22' },
  { key: 'employer', re: /\bname des ausbildungsbetrieb(e)?s\b|\bbeschaeftigungs ?dienststelle\b/, priority: 101, source: 'BAB: "Name des Ausbildungsbetriebs"; Kindergeld im öffentlichen Dienst: "Beschäftigungsdienststelle" (held-out sets 34, 35)' },
  { key: null, re: /\bfirma\b|\bfirmen ?name\b|\bunternehmen\b/, source: "Firma on a checkout is the address's company, not necessarily the employer: left empty (precision first)" },
  { key: null, re: /\b(anschrift|adresse|strasse|plz|postleitzahl|ort|sitz|telefon\w*|tel|e ?mail|fax)\b.*\b(des|der) (arbeitgebers|firma|unternehmens|betriebs|schule|bildungseinrichtung)\b/, priority: 102, premises: true, source: 'Visa Code Annex I item 22: the employer’s address and phone are not a person’s data' },
  // Contact
  { key: 'email', re: /\be ?mail\b|\bmail ?adresse\b/, source: 'E-Mail-Adresse: every German form' },
  { key: 'tel', re: /\btelefon\w*\b|\btel\b|\bmobil ?(telefon|nummer|funk\w*)?\b|\bhandy ?\w*\b|\brufnummer\b|\bfestnetz\w*\b/, source: 'Telefonnummer: Visa Code Annex I item 19' },
  { key: null, re: /\b(tele)?fax\w*\b|(?<!mit )\b(laender)?vorwahl\b/, source: 'Fax and dialling codes are not a phone number of the profile' },
  // Address (DIN 5008 order)
  { key: 'street-address', re: /\bstrasse (und |u |mit |\/ )?(hausnummer|haus ?nr|hnr|nr|nummer)\b|\bstr (und |u )?nr\b/, pair: ['street', 'house-number'], priority: 75, source: 'Straße und Hausnummer: Visa Code Annex I item 19, Meldeschein' },
  { key: 'street-address', re: /\b(wohn)?anschrift\b|\badresse\b|\bwohnadresse\b|\bmeldeadresse\b/, priority: 40, source: 'Anschrift: Visa Code Annex I items 10, 30' },
  { key: 'street', re: /\bstrasse\b|\bstr\b|\bstrassenname\b/, source: 'Straße: Meldeschein, Chromium i18n_de (street and house number apart)' },
  { key: 'house-number', re: /\bhaus ?(nummer|nr)\b|\bhnr\b/, source: 'Hausnummer: Meldeschein' },
  { key: 'house-number', re: /^(nr|nummer|hausnummer)$/, context: /\bstr(asse)?\b|\bstreet\b|\bvoie\b|\brue\b/, source: 'Nr. next to Straße (Chromium i18n_de2)' },
  { key: 'address-suffix', re: /\badress ?zusatz\b|\banschriften ?zusatz\b|\bzusatz\b|\bc o\b|\bzu haenden\b|\betage\b|\bgeschoss\b|\bstockwerk\b|\blage der wohnung\b|\bgebaeude\b|\bwohnungs ?(nr|nummer)\b/, source: 'Adresszusatz: DIN 5008, Deutsche Post' },
  { key: null, re: /\bpostfach\b/, source: 'Postfach: a delivery box, not the home address (Meldeschein asks for the Wohnung)' },
  { key: 'postal-code', re: /\bplz\b|\bpostleitzahl\b/, source: 'Postleitzahl: Visa Code Annex I item 19' },
  { key: null, re: /\b(plz|postleitzahl) (und |u |\/ )?(wohn)?ort\b/, pair: ['postal-code', 'city'], priority: 95, source: 'PLZ / Ort: one label over two inputs on most German forms; alone, one field for two values' },
  { key: 'city', re: /\b(wohn)?ort\b|\bstadt\b|\bgemeinde\b|\bwohnsitz ?gemeinde\b/, source: 'Ort / Wohnort: Visa Code Annex I item 19, Meldeschein' },
  { key: 'region', re: /\bbundesland\b|\bregion\b|\bkanton\b|\bprovinz\b|\bbundesstaat\b/, source: 'Bundesland: Meldeschein; Kanton, Provinz for foreign addresses' },
  { key: 'country', re: /\bland\b|\bstaat\b|\bwohnsitz ?(staat|land)\b/, source: 'Land / Staat: Visa Code Annex I item 19' },
  // Documents
  { key: 'id-card-number', re: /\b(personal)?ausweis ?(nummer|nr)\b|\bnummer des (\w+ )?(personal)?ausweises\b/, source: 'Personalausweisnummer: PAuswG §5 (2)' },
  { key: 'id-card-number', re: /\bpersonalausweis(es)?\b/, priority: 60, source: 'Personalausweis alone, e.g. "Nummer des Reisedokuments oder Personalausweises" (Visa Code Annex I item 17)' },
  { key: null, re: /\bidentitaetsnummer\b/, source: 'Visa Code Annex I item 11: a foreign national identity number is not the German ID card number' },
  { key: 'passport-number', re: /\b(kinder)?reisepass(es)? (serien ?)?(nummer|nr)\b/, source: 'Meldeschein: "Reisepass Seriennummer", "Kinderreisepass Seriennummer" (held-out set 30)' },
  { key: null, re: /\b(personal)?ausweis(es)? (ausstellungs ?behoerde|ausstellende behoerde|ausstellungs ?datum|ausgestellt am|gueltig bis)\b/, priority: 70, source: 'Meldeschein: an identity card\'s issuing authority and dates are no key (the profile keeps the passport\'s; held-out set 30)' },
  { key: 'passport-number', re: /\b(reise)?pass ?(nummer|nr)\b|\bnummer des (\w+ )?(reise)?passes\b|\bnummer des reisedokument(e)?s\b|\breisedokument ?(nummer|nr)\b/, source: 'Nummer des Reisedokuments: Visa Code Annex I item 13' },
  { key: 'passport-issue-date', re: /\bausstellungs ?datum\b|\bausgestellt am\b|\bdatum der ausstellung\b/, context: PASS, source: 'Ausstellungsdatum: Visa Code Annex I item 14 (in the travel document block)' },
  { key: 'passport-expiry-date', re: /\bgueltig bis\b|\bablauf ?datum\b|\bgueltigkeits ?datum\b|\bgueltigkeit\b/, context: PASS, source: 'Gültig bis: Visa Code Annex I item 15' },
  { key: 'passport-issuing-authority', re: /\bausstellende behoerde\b|\bausgestellt (durch|von)\b|\bausstellungs ?behoerde\b|\bbehoerde\b/, context: PASS, source: 'Ausgestellt durch: Visa Code Annex I item 16' },
  // Tax, social security, health insurance
  { key: 'tax-id', re: /\bsteuer ?(liche )?(identifikations|id) ?(nummer|nr)?\b|\bsteuer ?id\b|\bidnr\b/, source: 'Steuerliche Identifikationsnummer: Kindergeld KG 1, ELSTER (AO §139b)' },
  { key: 'tax-id', re: /\bidentifikations ?nummer\b/, context: /steuer|finanzamt|familienkasse|kindergeld|elster|einkommen/, source: 'Identifikationsnummer in tax and Kindergeld forms (AO §139b)' },
  { key: 'tax-number', re: /\bsteuer ?(nummer|nr)\b/, source: 'Steuernummer: ELSTER Mantelbogen' },
  { key: 'social-security-number', re: /\b(sozial|renten) ?versicherungs ?(nummer|nr)\b|\b(sv|rv) ?(nummer|nr)\b|\bversicherungs ?nummer\b/, source: 'Rentenversicherungsnummer: Elterngeld, BAföG Formblatt 1' },
  { key: 'health-insurer', re: /\bkranken ?kasse\b|\bkranken ?versicherung\b|\bkranken ?versicherungs ?unternehmen\w*\b|\bkranken ?versicherer\w*\b|\bkranken (und |u )?pflege ?kasse\b/, source: 'Krankenkasse: Elterngeld, Bürgergeld Hauptantrag; Hilfe zur Pflege: "Kranken- und Pflegekasse"; Mutterschaftsgeld (BAS): "Name des Krankenversicherungsunternehmens bzw. der Krankenkasse"' },
  { key: 'health-insurance-number', re: /\bversicherungs ?(nummer|nr)\b(?!.*\brenten)/, context: /\bkranken ?(kasse|versicher\w*)\b|\bfamilien ?versicher\w*\b/, priority: 84, source: 'Mutterschaftsgeld (BAS): "Versicherungsnummer bzw. Krankenversichertennummer" beside the Krankenkasse: the number the health insurer gives (elsewhere a bare Versicherungsnummer is the pension insurance number)' },
  { key: 'health-insurance-number', re: /\bkranken ?versicherten ?(nummer|nr)\b|\bkranken ?versicherungs ?(nummer|nr)\b|\bversicherten ?(nummer|nr)\b|\bkvnr\b/, source: 'Krankenversichertennummer: eGK, Bürgergeld' },
  // Bank
  { key: 'iban', re: /\biban\b/, source: 'IBAN: every German payment block (SEPA)' },
  { key: 'bic', re: /\bbic\b|\bswift\b/, source: 'BIC: SEPA' },
  { key: 'account-holder', re: /\bkonto ?inhaber(in|s)?\b/, source: 'Kontoinhaber: Kindergeld KG 1, Elterngeld' },
  { key: null, re: /\bbankleitzahl\b|\bblz\b|\bkonto ?(nummer|nr)\b/, source: 'Pre-SEPA bank codes and account numbers' },
  { key: 'bank-name', re: /\bkredit ?instituts?\b|\bgeld ?instituts?\b|\bname der bank\b|\bbank ?name\b|\bbank\b/, source: 'Kreditinstitut: Kindergeld KG 1' },
  // Not ours
  { key: null, re: /\b(name des |kfz ?|haftpflicht ?)versicherers\b|^versicherer$|\b(kfz ?)?haftpflicht ?versicherung\b/, source: 'Fahrzeugzulassung: "Name des Versicherers" is the vehicle\'s insurer, not a person (held-out set 33); the health insurer is read by its own words (Krankenversicherer)' },
  { key: null, re: /^anzahl\b|\bsterbeort\w*\b|\bbestattungs ?(unternehmen|institut)\w*\b|\bbestatter\w*\b/, priority: 102, source: 'Sterbefallanzeige: "Anzahl Krankenkasse / Sterbegeld" (a number of copies), "Anschrift des Sterbeortes", "Name des Bestattungsunternehmens" (held-out set 32)' },
  { key: null, re: /\bart der (kranken)?versicherung\b|\b(ort|datum|staat)( und (ort|staat|datum))? (der|bei) eheschliessung\b|\bauslandsvertretung\b/, priority: 102, source: 'Elterngeld (ZBFS): "Art der Krankenversicherung" (gesetzlich, privat): no insurer; Familiennachzug: "Ort und Staat der Eheschließung" (held-out set 25)' },
  { key: null, re: /\bort (und |u |\/ )?datum\b|\bdatum (und |u |\/ )?ort\b|\bunterschrift\b|\bort der (antragstellung|unterzeichnung|unterschrift)\b/, source: 'Visa Code Annex I: "Ort und Datum" of the signature; "Ort der Antragstellung" (Ausländerbehörde, held-out set 27)' },
  { key: null, re: /^(ort|datum)$/, context: /\berklaerung(en)?\b|\bunterschrift\b|\bunterzeichn\w*\b/, source: 'A bare "Ort" and "Datum" under "Erklärungen" / "Unterschrift": where and when the form is signed (Bürgergeld Hauptantrag, Wohngeldantrag)' },
  { key: null, re: /\b(personal)?ausweis\w*\b.*\b(ausstellungs ?datum|ausgestellt|gueltig\w*|ablauf\w*|behoerde)\b|\b(ausstellungs ?datum|ausgestellt am|gueltig bis|ablauf ?datum|ausstellende behoerde)\b.*\b(personal)?ausweis\w*\b/, source: 'The ID card\'s dates and authority (Meldeschein: "Personalausweis: Ausstellungsdatum"): the profile keeps only the passport\'s' },
  { key: null, re: /\b(name|bezeichnung|ort|anschrift|adresse|sitz|plz|postleitzahl|strasse|hausnummer|telefon) (der|des) (ausbildungsstaette|schule|hochschule|universitaet|fachhochschule|einrichtung|behoerde|kindertagesstaette|kita|traegers|betriebs|unternehmens|firma|handwerkskammer|kammer|innung|registergerichts|gerichts|finanzamts|amts|praxis|arzt ?praxis|klinik|krankenhauses|kanzlei|apotheke|pflegedienstes|pflegeheims|heims|fortbildungsstaette|veranstalters|lehrgangstraegers|bildungstraegers|betreibers)\b/, premises: true, source: 'An institution\'s name and place (BAföG Formblatt 1: "Name der Ausbildungsstätte", "Ort der Ausbildungsstätte"; Mutterschaftsgeld (BAS): "Anschrift der Praxis / Einrichtung" of the doctor or midwife; AsylbLG: "Anschrift des Betreibers" of the accommodation, held-out set 24): not a person\'s' },
  { key: null, re: /^(schule|ausbildungs ?staette|hochschule|universitaet|kita|kindertages(staette|einrichtung))( (\/ |bzw |oder )?(schule|ausbildungs ?staette|hochschule|universitaet|kita|kindertages(staette|einrichtung)))*$/, source: 'Antrag auf Kontenklärung (V0100), school years: a column headed "Schule / Ausbildungsstätte" asks for the institution, not a person\'s name' },
  { key: null, re: /\bort der (beschaeftigung|taetigkeit|arbeit|arbeitsstelle|ausbildung)\b|\b(beschaeftigungs|arbeits|dienst)ort\b/, source: 'Antrag auf Kontenklärung (V0100), employment periods: "Ort der Beschäftigung" is where the employer was, not the applicant\'s city' },
  { key: null, re: /\b(an|ab|um)gemeldete[rn]? taetigkeit\b|\bstaat,? in dem\b|\b(taetigkeits|beschaeftigungs)staat\b|\bstaat der (beschaeftigung|taetigkeit)\b|\bbetriebs ?(nummer|nr)\b|\bamtsgericht\w*\b|\bbegruendung\b|\bstellung im beruf\b|\bglaeubiger\w*\b|\bdarlehens ?geber\w*\b/, priority: 102, source: 'Kinderkrankengeld: "Betriebsnummer des Arbeitgebers" (a number, not the employer\'s name); Führungszeugnis: "Amtsgericht (Ort)", "Begründung des Antrags auf Gebührenbefreiung"; Wohngeld-Lastenzuschuss: "Stellung im Beruf" (a status, not the occupation), a loan\'s "Gläubiger" (a bank, not a person\'s name)' },
  { key: 'full-name', re: /^(?!.*\b(telefon\w*|tel|rufnummer|e ?mail\w*|fax\w*)\b).*\b(ansprech|kontakt) ?(person|partner)(in)?\b/, priority: 102, source: 'Antrag auf Arbeitslosengeld: "Ansprechperson beim Arbeitgeber (Vor- und Nachname)": a person\'s name, not the employer\'s (outranks Arbeitgeber)' },
  { key: null, re: /\b(ort|standesamt|datum) (der )?(eheschliessung|heirat|trauung)\b/, priority: 95, source: 'Einbürgerungsantrag, Standesamt: "Ort der Eheschließung (Standesamt, Staat)": the place of an event, not an address' },
  { key: null, re: /\b(einkommen|einkuenfte|einnahmen|brutto|netto|betrag|betraege)\b|\bhoehe (des|der)\b|\b(euro|eur)\b|\bsumme\b|\b\w*guthaben\b|\bwertpapiere\b/, source: 'Amounts (Weiterbewilligungsantrag Bürgergeld: "Einkommen aus selbständiger Tätigkeit (brutto)"; Hilfe zur Pflege: "Summe aller Bank- und Sparguthaben … (Euro)"): a sum, not the occupation' },
  { key: null, re: /\bzuzug\w*\b|\bdatum der einreise\b|\beinreise ?datum\b|\b\w*unterricht\b/, source: 'Schulanmeldung: "Jahr des Zuzugs nach Deutschland (falls nicht in Deutschland geboren)", "Teilnahme am Religionsunterricht": dates of events and choices of lessons' },
  { key: null, re: /\b(kfz |haftpflicht)?versicherer\b|\bname (der|des) (kfz |haftpflicht)?versicherung\w*\b|\bversicherungs ?(gesellschaft|unternehmen)\b|\bevb\b/, context: /\bkfz\b|\bhaftpflicht\w*\b|\bfahrzeug\w*\b|\bevb\b|\bzulassung\b/, source: 'Fahrzeugzulassung: "Versicherer", "eVB-Nummer": the vehicle insurer, not a person; only beside vehicle words (BAföG\'s "Krankenkasse / Versicherungsunternehmen" is the health insurer)' },
  { key: null, re: /\bentfernung\b|\bkilometer\b|\bin km\b/, source: 'Distances (BAföG: "Entfernung zur Ausbildungsstätte in km"): a number, not an address' },
  { key: null, re: /\baufenthalts ?(status|titels?|erlaubnis|recht|zweck|dauer)\b/, source: 'Residence status or title (Bürgergeld Hauptantrag, Ausländerbehörde): none of the profile\'s keys, even when the label adds "bei nicht-deutscher Staatsangehörigkeit"' },
  { key: null, re: /\b(wohnhaft|gemeldet|anschrift|wohnung|adresse)\b.*\bseit\b|\bseit wann\b|\b(einzugs|zuzugs|auszugs) ?datum\b|\b(eingezogen|ausgezogen|zugezogen) am\b|\btag des (ein|aus)zugs\b/, source: 'Since when the person lives there (Bürgergeld Hauptantrag "Wohnhaft unter dieser Anschrift seit", Meldeschein "Tag des Einzugs"): a date, not the address' },
  { key: null, re: /\bpasswort\b|\bkennwort\b|\bbenutzer ?name\b|\bnutzer ?name\b|\bbenutzer ?kennung\b|\banmelde ?name\b/, source: 'Login fields' },
  { key: null, re: /\bsuche\b|\bsuchbegriff\b|\bsuchen\b/, source: 'Site search boxes' },
  { key: null, re: /\baktenzeichen\b|\bkunden ?(nummer|nr)\b|\bvorgangs ?(nummer|nr)\b|\bkassenzeichen\b|\bbuchungs ?(nummer|nr)\b|\bantrags ?(nummer|nr)\b|\bgeschaefts ?zeichen\b|\bmitglieds ?(nummer|nr)\b|\bauftrags ?(nummer|nr)\b|\bkinder ?geld ?nummer\b/, source: 'Case and customer numbers: Kindergeld KG 1, Bürgergeld' },
  { key: null, re: /\bgutschein\w*\b|\brabatt\w*\b|\baktions ?code\b/, source: 'Shop vouchers' },
  { key: null, re: /\bbemerkung(en)?\b|\bnachricht\b|\bbetreff\b|\bkommentar\b|\bmitteilung\b|\banmerkung(en)?\b/, source: 'Free text' },
  { key: null, re: /\bkarten ?(nummer|inhaber\w*|pruef\w*)\b|\bpruefziffer\b/, source: 'Payment cards' },
  { key: null, re: /\bkuenftig( zu fuehrende[rn]?)? (familien|ehe|geburts|nach)?name\b|\bkuenftige[rn]? (familien|ehe|nach)?name\b/, priority: 101, source: 'Namenserklärung nach Scheidung: "Künftig zu führender Familienname": the name to come, not the one the profile keeps (held-out set 48)' },
  { key: null, re: /\breiseziel\w*\b|\bziel ?(land|staat|laender)\b|\breiseland\b/, priority: 101, source: 'Kinderreisepass: "Reiseziel (Staat)": where the child travels, not a country the profile keeps (held-out set 43)' },
  { key: null, re: /\bhotel\w*\b|\bunterkunft\b|\bpension\b/, source: 'Visa Code Annex I item 30: name and address of a hotel' },
];

export const DE_PERSONS: PersonRule[] = [
  { person: 'partner', re: /\behe ?(gatte|gattin|gatten|partner|partnerin|partners|frau|mann|mannes)\b|\b(lebens|ehe)partner(in|s)?\b|\belternteil 2\b|\bzweite[rns]? elternteil\b|\bandere[rns]? elternteil\w*\b|\bpartner(in|s)?\b/, source: 'Ehegatte / Lebenspartner: Elterngeld, Kindergeld, Bürgergeld; "anderer Elternteil": Elterngeld, Unterhaltsvorschuss' },
  { person: 'child', re: /\bkind(es|er|ern)?\b|\bangaben zum kind\b|\bsohn(es)?\b|\btochter\b|\bgeschwister(kind(er|ern)?)?\b/, counted: true, source: 'Angaben zum Kind: Kindergeld Anlage Kind, Elterngeld; "Geschwisterkinder" (Kita-Anmeldung): the applicant\'s other children' },
  { person: 'partner', re: /\bverlobte[rn]?( r)? (2|b|zwei)\b|\bzweite[rn]? verlobte\w*\b|\beheschliessende[rn]? person (2|b)\b/, source: 'Standesamt, Anmeldung der Eheschließung: "Verlobte/r 2", "Eheschließende Person 2" (held-out set 44)' },
  { person: 'applicant', re: /\bverlobte[rn]?( r)? (1|a|eins)\b|\berste[rn]? verlobte\w*\b|\beheschliessende[rn]? person (1|a)\b/, leading: true, source: 'Standesamt, Anmeldung der Eheschließung: "Verlobte/r 1 (Antragsteller/in)", "Eheschließende Person 1" (held-out set 44)' },
  { person: 'applicant', re: /\bperson a\b|\bsteuerpflichtige person\b|\b(ehegatte|lebenspartner|ehegattin|lebenspartnerin) a\b/, leading: true, source: 'ESt 1 A (ELSTER): "Steuerpflichtige Person / Ehemann / Person A (Ehegatte / Lebenspartner A)"; the second column is "Ehefrau / Person B"' },
  { person: 'other', parent: true, ofChild: true, leading: true, re: /\b(vater|mutter) (des|eines|ihres|seines) (kindes|neugeborenen)\b|\bkindes ?(vater|mutter)\b/, source: 'Jobcenter, Erstausstattung bei Schwangerschaft und Geburt: "Angaben zum Vater des Kindes" beside the mother applying: the other parent of her child (leading: before the child words; held-out set 39)' },
  { person: 'other', parent: true, asApplicant: /\b(antragstellende|anerkennende|erklaerende) person\b/, re: /\bvater\b|\bvaters\b|\bmutter\b/, source: 'Not a guardian word: forms about the applicant with a children\'s section also ask for the applicant\'s own parents (Einbürgerung, BAföG). Only a parent named as the one applying ("Mutter (antragstellende Person)": Geburtsanzeige; "Vater (anerkennende Person)": Vaterschaftsanerkennung, held-out set 24; "Mutter (erklärende Person)": Namenserklärung, set 26) makes the page about their child. The parents of a student or a minor: BAföG Formblatt 1 ("Vater / Elternteil", "Mutter / Elternteil"), Reisepass für Minderjährige; field-keys.json: a parent of a minor applicant is "other". Not "Eltern" or "Elternteil": in Elterngeld they are the applicant and the partner' },
  { person: 'other', re: /\b(behandelnde[rn]? )?(arzt|aerztin|hausarzt|hausaerztin|facharzt|fachaerztin)\b/, source: 'Pflegekasse, Schwerbehindertenausweis (SGB IX): "Behandelnde Ärztin / Arzt 1": the doctor is someone else the form asks about (field-keys.json "other"); the practice\'s address is none of ours (DE_PREMISES)' },
  { person: 'other', vague: true, re: /\bweitere (berechtigte )?(person|personen)\b/, counted: true, source: 'Wohnberechtigungsschein, Anlage WEP: "Weitere Person 1", "weiterePerson[0].familienname": someone else, unless their section says who (held-out set 32: "Person 2 – Ehegattin/Ehegatte …", "Person 3 – Kind ab 15 Jahren")' },
  { person: 'other', re: /\b(durch|an) dritte\b|\bdritte (person|personen)\b/, source: 'Kinderreisepass: "Abholung durch Dritte" (the person authorised to collect the passport; held-out set 43)' },
  { person: 'other', leading: true, re: /\b(eine|einer|die|der) andere[nr]? person\b/, source: 'Anlage Kind: "Kindergeld für dieses Kind durch eine andere Person": someone else, though the text names the child (leading: before the child words; held-out set 42)' },
  { person: 'other', re: /\bmiterb(e|en|in|innen)\b|\bweitere (erbinnen und )?erb(en|innen)\b/, counted: true, source: 'Umschreibung nach Erbfall: "Weitere Erbinnen und Erben (Miterben)" (held-out set 33)' },
  { person: 'other', re: /\bgesuchte[nr]? person\b/, source: 'Melderegisterauskunft (§ 45 BMG): "Angaben zur gesuchten Person" (held-out set 28)' },
  { person: 'other', re: /\bvolljaehrige[nr]? person(en)?\b/, source: 'Anlage Kind, Zeile 42–43: "Name, Vorname der volljährigen Person" in the shared flat (held-out set 26); not "volljähriges Kind"' },
  { person: 'other', re: /\bersatzkraft\b|\bangaben zur haushaltshilfe\b/, source: 'Antrag auf Haushaltshilfe (GKV, § 38 SGB V): "Angaben zur Haushaltshilfe", "Selbst beschaffte Ersatzkraft", "Bankverbindung der Ersatzkraft": the helper, reimbursed directly (held-out set 23)' },
  { person: 'other', re: /\b\w*pflegeperson\w*\b|\bsteuer ?berater(in|innen)?\b|\bbetreuer(in|innen)?\b|\btrauzeug\w*\b|\bzeug(e|in|en)\b/, source: 'Pflegekasse: "Angaben zur Pflegeperson", "Bevollmächtigte/r bzw. Betreuer/in"; Standesamt: "Trauzeugen"' },
  { person: 'other', re: /\bsonstige (person|personen|angehoerige\w*|haushaltsmitglied\w*|haushaltsangehoerige\w*)\b/, source: 'Wohnberechtigungsschein: household members who are neither partner nor child ("Sonstige Person 1")' },
  { person: 'other', guardian: true, re: /\b(personen)?sorgeberechtigte\w*( (person|elternteil))?\b|\belterlichen sorge\b|\berziehungsberechtigte\w*\b/, counted: true, source: 'Visa Code Annex I item 10 ("Sorgeberechtigte / gesetzlicher Vormund" of a minor applicant); Reisepass für Minderjährige, Kita-Anmeldung ("Sorgeberechtigte Person 1 / 2": the parents filling in for their child)' },
  { person: 'other', leading: true, re: /\b(fruehere[nrs]?|geschiedene[nrs]?) ehe ?(gatt\w*|partner\w*|mann\w*|frau)\b/, source: 'Familiennachzug: "Name und Vorname des früheren Ehegatten": an earlier marriage\'s spouse is someone else (leading: before the partner words; held-out set 25)' },
  { person: 'other', leading: true, re: /\bnotfall ?kontakt\w*\b|\babholberechtigte\w*\b/, counted: true, source: 'Kita, OGS: "Notfallkontakt (falls die Erziehungsberechtigten nicht erreichbar sind)", "Abholberechtigte Personen": someone else, whoever the clause names (leading: before the guardian words; held-out set 27)' },
  { person: 'other', leading: true, deceased: true, re: /\bverstorbene[rn]?\b(?! (ehe|lebens)(gatt|partner)\w*)/, source: 'Sterbefallanzeige: "Angaben zur verstorbenen Person": someone else; on a claim for a widow\'s or widower\'s pension the late spouse (classify/page.ts resolveDeceased; Witwenrente, held-out set 43). Not "verstorbener Ehegatte": that is the partner anyway' },
  { person: 'other', leading: true, re: /\bim haushalt (einer|eines) andere[nr] person\b|\b(ehe ?gatt\w*|kind(er|es)?|begleit\w*) (des|der) (gastes|besuchers|eingeladenen)\b|\berblasser(in)?s?\b|\btestaments ?vollstrecker\w*\b|\bnachlass ?(verwalter|pfleger)\w*\b/, source: 'Sterbefall, Hinterbliebenen- and estate forms: the person who died and the executor of the estate are someone else; "Ehegatte der/des Verstorbenen" is the deceased\'s spouse (leading: before the partner words). Not "verstorbener Ehegatte": on a widow\'s form that is the applicant\'s own late partner' },
  { person: 'other', re: /\bvormund\w*\b|\bgesetzliche[rn]?( r)? vertret\w*\b|\bgastgeber\w*\b|\beinladende\w*\b|\bvermieter\w*\b|\bwohnungs ?geber\w*\b|\bbevollmaechtigte\w*\b|\bunionsbuerger\w*\b|\bfamilienangehoerige\w*\b|\bkontakt ?person\b|\bvorbesitzer(in|innen)?\b|\bansprech ?(person|partner)(in)?\b|\breferenz ?person\b|\bbuerge\b|\bmitglied(s|es)?,? (ueber|durch|bei) (das|den|dem|die) sie\b|\bstamm ?versicherte\w*\b|\bhaupt ?versicherte\w*\b|\bnahe[nr]? angehoerige\w*\b|\bkuenftige[rn]? (gewerbetreibende|inhaber|betreiber)\w*\b|\b(betriebs)?nachfolger(in|s)?\b|\bgast(es)?\b|\bbesucher(in|s)?\b|\bbegleitperson(en)?\b|\b(die|der|zum|zur) auslaender(in)?\b|\bmitbewohner(in|innen)?\b|\bmiteigentuemer(in|innen)?\b|\bangaben zur vertretung\b|\bvertreten durch\b|\bperson von der (die )?(gefahr|gefaehrdung|bedrohung)\w*\b/, counted: true, source: 'Visa Code Annex I items 10, 17, 30; Wohnungsgeberbestätigung (BMG §19); Zweitwohnungsteuer: "Miteigentümer(in)" beside the spouse\'s column (held-out set 38)' },
  { person: 'applicant', minor: true, re: /\bschueler(in|innen|s)?\b/, source: 'Schulanmeldung: "Angaben zur Schülerin / zum Schüler" beside "Erziehungsberechtigte 1 / 2"; BAföG: the pupil applying for themselves' },
  { person: 'applicant', leading: true, re: /\bverpflichtende[nr]? person\b/, source: 'Verpflichtungserklärung (§ 68 AufenthG): "Angaben zur verpflichtenden Person (Einladende/r)": the host declaring is the one applying here (leading: before "Einladende"; held-out set 30)' },
  { person: 'applicant', re: /\bauszubildende[nr]?\b/, source: 'BAföG Formblatt 3: "Angaben zur/zum Auszubildenden" under the title "Einkommenserklärung der Eltern / des Ehegatten": the student the form is about (held-out set 28)' },
  { person: 'applicant', re: /\bantragsteller(in|s)?\b|\bantragstellende[rn]?\b|\bihre angaben\b|\bangaben zu ihrer person\b|\bangaben zur person\b/, source: 'Antragsteller: every German application' },
];

export const DE_FORMER_ADDRESS: ScopeRule[] = [
  { re: /\b(neue|kuenftige|zukuenftige|voraussichtliche)[rn]? (wohnung|anschrift|adresse|wohnsitz) im ausland\b/, source: 'Abmeldung ins Ausland (Berlin): "Neue Wohnung im Ausland": not the address the profile keeps (the current one), as a former one is not' },
  { re: /\b(bisherige[nrs]?|vorherige[nrs]?|fruehere[nrs]?|alte[nrs]?|letzte[nrs]?) (wohnung|anschrift|adresse|wohnanschrift|hauptwohnung|nebenwohnung|wohnsitz|meldeanschrift|gemeinde|wohnort)(e|en|n)?\b(?! (der|des) (verstorbenen|erblasser))/, source: 'Anmeldung bei der Meldebehörde (BMG §17, Meldeschein): "Bisherige Wohnung"; Rundfunkbeitrag Anmeldung: "Vorherige Anschrift"; Einbürgerungsantrag: "Frühere Wohnsitze". Not "Letzte Wohnanschrift der verstorbenen Person": the last address of someone who died is theirs (Sterbefallanzeige, held-out set 32)' },
  { re: /\b(anschrift|adresse|angaben zu[rm]?|lage) (der |ihrer )?(nebenwohnung|zweitwohnung)\b|^(nebenwohnung|zweitwohnung)$/, source: 'Zweitwohnungsteuer-Erklärung (Braunschweig): "Angaben zur Nebenwohnung", "Anschrift der Nebenwohnung": a second home, not the address the profile keeps (held-out set 38)' },
  { re: /\bunterkunft am ausbildungsort\b/, source: 'BAB: "Unterkunft am Ausbildungsort": a second home during training, not the address the profile keeps (held-out set 35)' },
  { re: /\bauslandsaufenthalt\w*\b|\baufenthalte? im ausland\b|\b(fruehere[nrs]?|vorherige[nrs]?|bisherige[nrs]?) aufenthalt\w*\b|\bvoraufenthalt\w*\b/, source: 'Einbürgerungsantrag: "Aufenthalte im Ausland" (von, bis, Staat); Ausländerbehörde: "Früherer Aufenthalt 1 – Ort" (held-out set 27): places the person stayed, not where they live' },
];

/** A page's title heading that names the form, not whose fields are under it ("Antrag auf Kindergeld", "Online-Antrag: Reisepass … für ein minderjähriges Kind", "Anlage Kind": the taxpayer's name at its top, held-out set 26). */
/** A claim for a survivor's benefit: the person who died was the claimant's spouse (Deutsche Rentenversicherung R0500, "Antrag auf Witwenrente / Witwerrente", held-out set 43). */
export const DE_SURVIVOR_BENEFIT = /\bwitw(en|er) ?(rente|geld)\b|\bwitwe oder witwer\b/;

export const DE_FORM_TITLE = /^(online )?(antrag|anmeldung|beantragung|formular|anlage)\b/;

export const DE_APPLICANT_PARENTS: ScopeRule[] = [
  { re: /\b(ihre|seine|deine) eltern\b|\bangaben zu (ihren|seinen|deinen) eltern\b|\beltern (von|des|der) (verlobte\w*( r)?|eheschliessende\w*|antragsteller\w*|auszubildenden|studierenden|schueler\w*|minderjaehrigen)\b|\bbuergschaft der eltern\b|\beltern als buerg\w*\b/, source: 'BAföG Formblatt 1 ("Angaben zu Ihren Eltern"), Standesamt ("Eltern von Verlobte/r 2", "Eltern der Eheschließenden", held-out set 44), Studierendenwerk ("Bürgschaft der Eltern" of the student applying, set 46); not the bare "Angaben zu den Eltern" of Elterngeld, nor "Eltern des Kindes", whose parents may be the applicant and the partner, whose parents are the applicant and the partner' },
];

/** A doctor's practice or an employer: its address, phone and email are not the person's (its people are "other", their names kept). */
export const DE_PREMISES: ScopeRule[] = [
  { re: /\b(behandelnde[rn]? )?(arzt|aerztin|hausarzt|hausaerztin|facharzt(in)?|fachaerztin)\b|\barzt ?praxis\b|\bpraxis ?anschrift\b/, source: 'Pflegekasse: "Behandelnder Arzt / Hausarzt", "Praxisanschrift"' },
  { re: /\bbetreuungsort\w*\b|\braeume der (kinder)?tagespflege\b/, source: 'Kindertagespflege: "Anschrift des Betreuungsortes (Räume der Kindertagespflege)": where the child is looked after, not a person\'s home (held-out set 31)' },
  { re: /\bsteuer ?berater(in|innen)?\b|\b(steuerberatungs)?kanzlei\b/, source: 'Fragebogen zur steuerlichen Erfassung: "Steuerberaterin / Steuerberater" (the adviser\'s name kept, the office\'s address and phone not)' },
  { re: /\bangaben zu(r|m)? (ihrer |ihrem )?(dienst (bzw |oder |und )?)?(beschaeftigung|beschaeftigungsverhaeltnis|arbeitsverhaeltnis|dienstverhaeltnis)\b|\bberufsschule\b/, source: 'Kinderkrankengeld: "Angaben zu Ihrer Beschäftigung" (the employer\'s Straße, PLZ, Ort, without "des Arbeitgebers"); Mutterschaftsgeld (BAS): "Angaben zum Beschäftigungsverhältnis"; Kindergeld im öffentlichen Dienst: "Angaben zum Dienst- bzw. Beschäftigungsverhältnis"; BAB: the "Berufsschule" (held-out sets 34, 35)' },
  { re: /(?<!\b(ansprech|kontakt) ?(person|partner)(in)? (beim|des|der|bei) )\barbeitgeber(s|in)?\b/, source: 'Antrag auf Arbeitslosengeld: "Letzte Beschäftigung – Arbeitgeber" (Straße, PLZ, Ort, Telefon of the employer). Not "Ansprechperson beim Arbeitgeber" (Kinderkrankengeld): that person\'s phone and email are theirs' },
];

/** An animal's particulars: its name, sex and birth date are not a person's. Not the form's title ("Anmeldung eines Hundes"). */
export const DE_ANIMAL: ScopeRule[] = [
  { re: /\bangaben zu[mr] (hund|tier|haustier)\b|\bdes (hundes|tieres|haustieres|haustiers)\b/, source: 'Hundesteuer-Anmeldung: "Angaben zum Hund", "Geschlecht des Hundes", "Wurfdatum (Geburtsdatum des Hundes)"' },
];

export const DE_BUSINESS: ScopeRule[] = [
  { re: /\bunterkunft (des|der) (gastes|gaeste|besuchers|eingeladenen)\b/, source: 'Verpflichtungserklärung: "Unterkunft des Gastes" (where the guest stays: a place, not a person\'s address)' },
  { re: /\b(empfaenger|empfangende[rn]?|anfordernde[rn]?) ?behoerde\b|\bangaben zur behoerde\b/, source: 'Führungszeugnis (BfJ): "Empfängerbehörde" (the authority\'s name and address)' },
  { re: /^(schule|ausbildungs ?staette|hochschule|universitaet|kita|kindertages(staette|einrichtung))( (\/ |bzw |oder |und )?(schule|ausbildungs ?staette|hochschule|universitaet|kita|kindertages(staette|einrichtung)))*$/, source: 'Bildung und Teilhabe: a section headed "Schule bzw. Kindertageseinrichtung" holds the institution\'s name and address' },
  { re: /\bgeburts ?haus\b|\bentbindungs ?(klinik|station)\b/, source: 'Geburtsanzeige: "Klinik bzw. Geburtshaus" (the institution\'s name and address)' },
  { re: /\b(bisherige|besuchte|derzeitige|aufnehmende|abgebende|zuletzt besuchte)[rn]? (schule|grundschule|hochschule|ausbildungs ?staette)\b|\bangaben zur (bisherigen |besuchten )?(schule|grundschule|hochschule|ausbildungs ?staette)\b|\bausbildungs ?staette\b/, source: 'Schulanmeldung: "Bisherige Schule (Grundschule)"; Kindergeld Veränderungsmitteilung: "Ausbildungsstätte" (name, Straße, Ort of the school)' },
  { re: /\b(krankenhaus|klinik|reha)\w*aufenthalt\w*\b|\b(rehabilitations|reha) ?massnahme\w*\b|\bstationaere\w* (behandlung|aufenthalt)\w*\b/, source: 'Schwerbehindertenausweis (SGB IX): "Krankenhausaufenthalte und Rehabilitationsmaßnahmen" (Name der Klinik, Ort): an institution\'s name and address. Not a bare "Klinik": a clinic\'s own form asks for the patient' },
  { re: /\bbetriebs ?staette\b|\bangaben zu[mr]? (betrieb|unternehmen|firma|gewerbebetrieb)\b|\b(haupt|zweig)?niederlassung\b|\bfirmen ?sitz(es)?\b|\bsitz (des|der) (unternehmens|firma|gesellschaft|betriebs)\b|\b(geschaefts|firmen|betriebs) ?(anschrift|adresse)\b|\banschrift (des|der) (betriebs|unternehmens|firma)\b/, source: 'Gewerbeanmeldung GewA 1: "Angaben zum Betrieb", "Betriebsstätte", "Hauptniederlassung"' },
];
