// The classifier's precedence (ARCHITECTURE: classify): portal rule > autocomplete > input type >
// label heuristics > option traits, as a table of snapshots and the decision each must get.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../lib/detect/analyse';
import { classifyField, classifyPage, type ClassifyContext } from '../../../lib/classify';
import type { FieldOption, FieldSnapshot, LabelText } from '../../../lib/fields/snapshot';
import type { PortalDefinition } from '../../../lib/portals/types';
import { portalForUrl } from '../../../lib/portals/registry';

function snap(over: Partial<FieldSnapshot> & { label?: string }): FieldSnapshot {
  const { label, ...rest } = over;
  const labels: LabelText[] = label ? [{ source: 'label-for', text: label }] : [];
  return {
    id: 'f0', selector: '#x', frame: 0, tag: 'input', type: 'text', name: '', htmlId: '', autocomplete: '',
    labels, options: [], sections: [], required: false, readOnly: false, disabled: false, lang: 'de', ...rest,
  };
}

const COUNTRIES: FieldOption[] = ['Deutschland', 'Frankreich', 'Italien', 'Polen', 'Spanien', 'Türkei', 'Ukraine', 'Indien'].map((text, i) => ({ value: `C${i}`, text }));
const SEX: FieldOption[] = [{ value: 'm', text: 'männlich' }, { value: 'w', text: 'weiblich' }, { value: 'd', text: 'divers' }];
const portal: PortalDefinition = {
  id: 'test-portal', name: { de: 'T', en: 'T', fr: 'T' }, country: 'DE', origins: ['https://example.org'], paths: ['/'], formSelector: 'form',
  rules: [
    { field: 'kontakt', match: { name: 'kontakt.email' }, key: null, why: 'the office’s address, not the applicant’s' },
    { field: 'vertreter-name', match: { label: /^Name$/, section: /Vertreter/ }, key: 'family-name', person: 'other', why: 'test' },
  ],
  explanations: [], help: [], fixtures: [],
};
const ctx: ClassifyContext = { portal, year: 2025 };
const none: ClassifyContext = { portal: null, year: 2025 };

type SnapInput = Partial<FieldSnapshot> & { label?: string };
/** The key and the person one field gets on its own (no portal, no page pass). */
const keyPerson = (s: SnapInput) => {
  const c = classifyField(snap(s), none).classification;
  return [c.key, c.person];
};
/** The key one field gets on its own. */
const keyOf = (s: SnapInput) => classifyField(snap(s), none).classification.key;

describe('precedence: which rung decides', () => {
  it.each([
    ['portal rule over autocomplete', snap({ name: 'kontakt.email', autocomplete: 'email', type: 'email' }), ctx, null, 'portal-rule'],
    ['portal rule by label and section', snap({ label: 'Name', sections: ['Gesetzlicher Vertreter'] }), ctx, 'family-name', 'portal-rule'],
    ['autocomplete over input type', snap({ type: 'tel', autocomplete: 'shipping email' }), none, 'email', 'autocomplete'],
    ['autocomplete over label', snap({ autocomplete: 'postal-code', label: 'Telefon' }), none, 'postal-code', 'autocomplete'],
    ['autocomplete "off" says nothing', snap({ autocomplete: 'off', label: 'Geburtsort' }), none, 'birth-place', 'label'],
    ['autocomplete new-password on an address says nothing', snap({ autocomplete: 'new-password', label: 'Straße und Hausnummer' }), none, 'street-address', 'label'],
    ['a card token decides null', snap({ autocomplete: 'cc-number', label: 'Kartennummer' }), none, null, 'autocomplete'],
    ['"name" narrowed to a part of the name by the label', snap({ autocomplete: 'name', label: 'Vorname' }), none, 'given-name', 'autocomplete'],
    ['input type over label', snap({ type: 'email', label: 'Kontakt' }), none, 'email', 'input-type'],
    ['a negative own label vetoes the input type', snap({ type: 'tel', label: 'Telefonnummer des Arbeitgebers' }), none, null, 'label'],
    ['a tel input with a postcode name is the postcode', snap({ type: 'tel', name: 'zipCode' }), none, 'postal-code', 'name-attribute'],
    ['a single checkbox is never filled', snap({ type: 'checkbox', label: 'E-Mail-Newsletter' }), none, null, 'input-type'],
    ['label over option traits', snap({ tag: 'select', type: 'select-one', label: 'Staatsangehörigkeit', options: COUNTRIES }), none, 'nationality', 'label'],
    ['name attribute when no label reads', snap({ name: 'antragsteller.geburtsort' }), none, 'birth-place', 'name-attribute'],
    ['option traits last: an unlabelled country list', snap({ tag: 'select', type: 'select-one', options: COUNTRIES }), none, 'country', 'options'],
    ['a radio group of sexes', snap({ type: 'radio', options: SEX }), none, 'sex', 'options'],
    ['nothing matched: null, said so', snap({ label: 'Datum' }), none, null, 'none'],
  ] as const)('%s', (_, s, context, key, source) => {
    const d = classifyField(s, context).classification;
    expect([d.key, d.source]).toEqual([key, source]);
    expect(d.reason.length).toBeGreaterThan(5);
  });
});

describe('label heuristics: the keys that look alike', () => {
  it.each([
    ['Geburtsname', 'birth-name'],
    ['Familienname bei der Geburt', 'birth-name'],
    ['Familienname', 'family-name'],
    ['Nom de naissance', 'birth-name'],
    ["Nom d'usage", 'family-name'],
    ['Vor- und Nachname', 'full-name'],
    ['Geburtsland', 'birth-country'],
    ['Pays de naissance', 'birth-country'],
    ['Staatsangehörigkeit', 'nationality'],
    ['Land', 'country'],
    ['Straße und Hausnummer', 'street-address'],
    ['Hausnummer', 'house-number'],
    ['E-Mail-Adresse', 'email'],
    ['Adresse électronique', 'email'],
    ['Steuerliche Identifikationsnummer', 'tax-id'],
    ['Steuernummer', 'tax-number'],
    ['Krankenversichertennummer', 'health-insurance-number'],
    ['Ort und Datum', null],
    ['Staatsangehörigkeit bei der Geburt', null],
    ['Telefax', null],
    ['Aktenzeichen', null],
    ['Nummer des Reisedokuments oder Personalausweises', null],
  ] as const)('"%s" → %s', (text, key) => {
    expect(classifyField(snap({ label: text }), none).classification.key).toBe(key);
  });

  it('reads passport dates only in a passport block', () => {
    expect(classifyField(snap({ label: 'Gültig bis', sections: ['Reisepass'] }), none).classification.key).toBe('passport-expiry-date');
    expect(classifyField(snap({ label: 'Gültig bis', sections: ['Aufenthaltstitel'] }), none).classification.key).toBe(null);
  });

  it('reads a country list by its label: nationality, country of birth, address country, or not ours', () => {
    const select = (label: string) => snap({ tag: 'select', type: 'select-one', label, options: COUNTRIES });
    expect(['Staatsangehörigkeit', 'Geburtsland', 'Wohnsitzstaat', 'Mitgliedstaat des Hauptreiseziels'].map((l) => classifyField(select(l), none).classification.key))
      .toEqual(['nationality', 'birth-country', 'country', null]);
  });

  it('leaves the address fields of a former address empty, and keeps the current address', () => {
    const key = (label: string, sections: string[], lang = 'de') => classifyField(snap({ label, sections, lang }), none).classification.key;
    expect(key('Straße', ['Bisherige Wohnung'])).toBe(null);
    expect(key('PLZ', ['Vorherige Anschrift (falls Sie schon einmal angemeldet waren)'])).toBe(null);
    expect(key('Code postal', ['Votre ancienne adresse'], 'fr')).toBe(null);
    expect(key('Postcode', ['Previous address'], 'en')).toBe(null);
    expect(key('Straße', ['Neue Wohnung'])).toBe('street');
    expect(key('Code postal', ['Votre nouvelle adresse'], 'fr')).toBe('postal-code');
    // Not an address: a former address's section does not empty the other fields.
    expect(key('Vorname', ['Bisherige Wohnung'])).toBe('given-name');
  });

  it('reads dates, states and distances that sit beside an address or a document as none of ours', () => {
    const key = (label: string, lang = 'de', sections: string[] = []) => classifyField(snap({ label, lang, sections }), none).classification.key;
    expect(key('Wohnhaft unter dieser Anschrift seit')).toBe(null);
    expect(key("Date d'emménagement", 'fr')).toBe(null);
    expect(key('Aufenthaltsstatus (nur bei nicht-deutscher Staatsangehörigkeit)')).toBe(null);
    expect(key('Personalausweis: Ausstellungsdatum')).toBe(null);
    expect(key('Personalausweis: Seriennummer')).toBe('id-card-number');
    expect(key('Nummer des bisherigen Passes')).toBe('passport-number');
    expect(key('Entfernung zur Ausbildungsstätte in km')).toBe(null);
    expect(key("Distance entre le domicile et l'établissement (km)", 'fr')).toBe(null);
    expect(key('Ort', 'de', ['7. Erklärungen'])).toBe(null);
    expect(key('Ort', 'de', ['Anschrift'])).toBe('city');
    expect(key('Vous résidez à cette adresse depuis le', 'fr')).toBe(null);
    expect(key("Date d'arrivée à cette adresse", 'fr')).toBe(null);
    expect(key("Justificatif d'identité et de nationalité joint", 'fr')).toBe(null);
    expect(key("Commune d'inscription précédente", 'fr')).toBe(null);
    expect(key('Commune', 'fr')).toBe('city');
  });

  it('leaves a business’s name, address and contact empty, and keeps the owner’s', () => {
    const key = (label: string, sections: string[], lang = 'de') => classifyField(snap({ label, sections, lang }), none).classification.key;
    expect(key('Straße, Hausnummer', ['Angaben zum Betrieb', '12 Betriebsstätte'])).toBe(null);
    expect(key('Telefon', ['Angaben zum Betrieb', '12 Betriebsstätte'])).toBe(null);
    expect(key('Tätigkeit', ['Angaben zum Betrieb', '15 Angemeldete Tätigkeit'])).toBe(null);
    expect(key('Adresse', ["Adresse de l'entreprise"], 'fr')).toBe(null);
    expect(key('Postcode', ['Business address'], 'en')).toBe(null);
    expect(key('Straße, Hausnummer', ['Angaben zur Person des Betriebsinhabers / der Betriebsinhaberin', 'Anschrift der Wohnung'])).toBe('street-address');
    expect(key('Name der Handwerkskammer', [])).toBe(null);
    expect(key("Nom de l'auto-école", [], 'fr')).toBe(null);
  });

  it('reads the words of national forms: NI number, house number in a French address, civic duties', () => {
    const key = (label: string, lang: string) => classifyField(snap({ label, lang }), none).classification.key;
    expect(key('National Insurance number', 'en')).toBe('social-security-number');
    expect(key('Health insurance number', 'en')).toBe('health-insurance-number');
    expect(key('Numéro dans la voie', 'fr')).toBe('house-number');
    expect(key('Journée défense et citoyenneté (JDC)', 'fr')).toBe(null);
    expect(key('Geschoss / Lage der Wohnung', 'de')).toBe('address-suffix');
  });

  it('takes nationality from a radio group, and never a person from a choice’s own text', () => {
    const radio = (text: string, group: string, lang = 'en', sections: string[] = []) => snap({
      type: 'radio', lang, sections, options: [{ value: 'a', text: 'British' }, { value: 'b', text: 'Irish' }, { value: 'c', text: 'Another nationality' }],
      labels: [{ source: 'label-for', text }, { source: 'group', text: group }],
    });
    expect(classifyField(radio('British', 'What is your nationality?'), none).classification.key).toBe('nationality');
    const widowed = snap({ type: 'radio', lang: 'en', options: [{ value: 's', text: 'Single' }, { value: 'w', text: 'Widowed or a surviving civil partner' }], labels: [{ source: 'label-for', text: 'Widowed or a surviving civil partner' }, { source: 'group', text: 'Marital status' }] });
    expect([classifyField(widowed, none).classification.key, classifyField(widowed, none).classification.person]).toEqual(['marital-status', 'applicant']);
  });

  it('reads other people’s words: a legal representative with gender forms, a household member’s row, a benefit’s name', () => {
    const person = (s: Partial<FieldSnapshot> & { label?: string }) => classifyField(snap(s), none).classification.person;
    expect(person({ label: 'Name', sections: ['11 Gesetzliche/r Vertreter/in (nur bei juristischen Personen)'] })).toBe('other');
    expect(person({ labels: [{ source: 'column-header', text: 'Name' }, { source: 'preceding-text', text: 'Sonstige Person 1' }] })).toBe('other');
    expect(person({ label: 'Name on the account', lang: 'en', sections: ['Apply for Child Benefit', 'Bank or building society details'] })).toBe('applicant');
    expect(person({ label: 'First name', lang: 'en', sections: ['Apply for Child Benefit', 'Child 1'] })).toBe('child');
  });

  it('reads a wedding’s, a care insurance’s and a voter registration’s people and dates', () => {
    const d = (s: Partial<FieldSnapshot> & { label?: string }) => classifyField(snap(s), none).classification;
    expect(d({ label: 'Familienname', sections: ['Verlobte/r 1 (Antragsteller/in)'] }).person).toBe('applicant');
    expect(d({ label: 'Familienname', sections: ['Verlobte/r 2'] }).person).toBe('partner');
    expect(d({ label: 'Familienname', sections: ['Angaben zu den Eltern', 'Eltern von Verlobte/r 2'] }).person).toBe('other');
    expect(d({ label: 'Name', sections: ['Trauzeugen'] }).person).toBe('other');
    expect(d({ label: 'Vorname', sections: ['Angaben zur Pflegeperson'] }).person).toBe('other');
    expect(d({ label: 'Ort', sections: ['Behandelnder Arzt / Hausarzt'] }).key).toBe(null);
    expect(d({ type: 'tel', label: 'Telefon der Praxis', sections: ['Behandelnder Arzt / Hausarzt'] }).key).toBe(null);
    expect(d({ type: 'tel', label: 'Telefon', sections: ['Angaben zur versicherten Person'] }).key).toBe('tel');
    expect(d({ label: 'Previous first name', lang: 'en' }).key).toBe('former-names');
    expect(d({ label: 'Day', lang: 'en', labels: [{ source: 'label-for', text: 'Day' }, { source: 'group', text: 'When did you change your name?' }] }).key).toBe(null);
    expect(d({ label: 'Explain why you cannot provide your National Insurance number', lang: 'en' }).key).toBe(null);
    expect(d({ label: 'Country name', lang: 'en', sections: ['What is your nationality?'] }).key).toBe('nationality');
    expect(d({ label: 'Country', lang: 'en', sections: ['Your address'] }).key).toBe('country');
  });

  it('takes a long label that names someone else as that person’s name, and leaves other long ones empty', () => {
    const d = (label: string) => classifyField(snap({ label }), none).classification;
    expect([d('Name der Vermieterin / des Vermieters').key, d('Name der Vermieterin / des Vermieters').person]).toEqual(['full-name', 'other']);
    expect(d('Name der Ausbildungsstätte, die Sie besuchen').key).toBe(null);
    expect([d('Name der Ausbildungsstätte').key, d('Ort der Ausbildungsstätte').key]).toEqual([null, null]);
    expect(classifyField(snap({ label: "Nom de l'établissement", lang: 'fr' }), none).classification.key).toBe(null);
    const fr = classifyField(snap({ label: 'Nom du tiers mandaté', lang: 'fr' }), none).classification;
    expect([fr.key, fr.person]).toEqual(['family-name', 'other']);
  });

  it('reads the applicant’s parents as "other", the partner and the applicant by their own words', () => {
    const person = (label: string, sections: string[], lang = 'de') => classifyField(snap({ label, sections, lang }), none).classification.person;
    expect(person('Name', ['Angaben zu den Eltern', 'Vater / Elternteil'])).toBe('other');
    expect(person('Nom', ['Filiation', 'Mère'], 'fr')).toBe('other');
    expect(person('Nom', ['4. Vos parents', 'Parent 2'], 'fr')).toBe('other');
    expect(person('Nom', ['Parent 2'], 'fr')).toBe('partner');
    // Elterngeld: the parents are the applicant and the partner.
    expect(person('Name', ['Angaben zu den Eltern', 'Elternteil 1 (antragstellende Person)'])).toBe('applicant');
    expect(person('Name', ['Angaben zu den Eltern', 'Elternteil 2'])).toBe('partner');
    // ESt 1 A: the heading names the spouse's word and the applicant's role; the role wins.
    expect(person('Vorname', ['Steuerpflichtige Person / Ehemann / Person A (Ehegatte / Lebenspartner A)'])).toBe('applicant');
    expect(person('Vorname', ['Ehefrau / Person B (Ehegatte / Lebenspartner B)'])).toBe('partner');
    // A spouse named as an example or as the source of a usage name is not whose field it is.
    expect(person("Nom d'usage (facultatif) Par exemple le nom de l'époux ou de l'épouse", [], 'fr')).toBe('applicant');
    expect(person("Votre nom d'usage (nom d'époux ou d'épouse…)", [], 'fr')).toBe('applicant');
    expect(person('Nom', ['Votre époux ou épouse'], 'fr')).toBe('partner');
  });

  it('keeps the names of a doctor or an employer’s contact as "other", and leaves their premises, hospitals and events empty', () => {
    const d = keyPerson;
    // Schwerbehindertenausweis: the doctor is someone the form asks about; the practice is not.
    expect(d({ label: 'Name, Vorname', sections: ['4. Behandelnde Ärztinnen und Ärzte', 'Ärztin / Arzt 1'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Straße, Hausnummer', sections: ['Ärztin / Arzt 1'] })[0]).toBe(null);
    expect(d({ label: 'Name der Klinik / Einrichtung', sections: ['5. Krankenhausaufenthalte und Rehabilitationsmaßnahmen'] })[0]).toBe(null);
    expect(d({ label: 'Ort', sections: ['5. Krankenhausaufenthalte und Rehabilitationsmaßnahmen'] })[0]).toBe(null);
    // Arbeitslosengeld: the employer's name is the employer key, its address none of ours, its contact a person.
    expect(d({ label: 'Name des Arbeitgebers / Firma', sections: ['Letzte Beschäftigung', 'Arbeitgeber'] })[0]).toBe('employer');
    expect(d({ label: 'Straße und Hausnummer', sections: ['Letzte Beschäftigung', 'Arbeitgeber'] })[0]).toBe(null);
    expect(d({ label: 'Ansprechperson beim Arbeitgeber (Vor- und Nachname)', sections: ['Arbeitgeber'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Code postal', lang: 'fr', sections: ['Mon dernier employeur', "Adresse de l'employeur"] })[0]).toBe(null);
    // The person's own occupation under an employer heading stays theirs.
    expect(d({ label: 'Ausgeübte Tätigkeit', sections: ['Arbeitgeber'] })[0]).toBe('occupation');
    // Events and stays abroad are places, not addresses.
    expect(d({ label: 'Ort der Eheschließung (Standesamt, Staat)', sections: ['Ehegatte'] })[0]).toBe(null);
    expect(d({ labels: [{ source: 'column-header', text: 'Staat' }], sections: ['Aufenthalte im Ausland'] })[0]).toBe(null);
    expect(d({ label: 'Ort', sections: ['Frühere Wohnsitze in Deutschland während der letzten acht Jahre'] })[0]).toBe(null);
    expect(d({ label: 'Lieu du mariage', lang: 'fr' })[0]).toBe(null);
    // GOV.UK: applying for someone else, and the words of its bank and name questions.
    expect(d({ label: 'Full name', lang: 'en', sections: ['Apply for a Blue Badge', 'Details of the person who needs the badge'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Previous full name', lang: 'en' })[0]).toBe('former-names');
    expect(d({ label: 'Name on the account', lang: 'en' })[0]).toBe('account-holder');
    // A clinic's own sign-up form asks for the patient.
    expect(d({ label: 'First name', lang: 'en', sections: ['Mayo Clinic patient account'] })).toEqual(['given-name', 'applicant']);
    // Siblings in a child's registration are the applicant's children.
    expect(d({ labels: [{ source: 'column-header', text: 'Vorname' }], sections: ['Geschwisterkinder'] })).toEqual(['given-name', 'child']);
  });

  it('reads amounts, events and a vehicle’s insurer as none of ours, and the words of bank, job and name questions', () => {
    const key = (s: Partial<FieldSnapshot> & { label?: string }) => classifyField(snap(s), none).classification.key;
    expect(key({ label: 'Einkommen aus selbständiger Tätigkeit (brutto)' })).toBe(null);
    expect(key({ label: 'Montant du loyer', lang: 'fr' })).toBe(null);
    expect(key({ label: 'How much is your State Pension?', lang: 'en' })).toBe(null);
    expect(key({ label: 'Jahr des Zuzugs nach Deutschland (falls nicht in Deutschland geboren)' })).toBe(null);
    expect(key({ label: 'Teilnahme am Religions- bzw. Philosophieunterricht' })).toBe(null);
    expect(key({ label: 'Versicherer', sections: ['Kfz-Haftpflichtversicherung'] })).toBe(null);
    expect(key({ label: 'Krankenkasse / Versicherungsunternehmen' })).toBe('health-insurer');
    expect(key({ label: 'Name des Geldinstituts' })).toBe('bank-name');
    expect(key({ label: "Nom ou raison sociale de l'employeur", lang: 'fr' })).toBe('employer');
    expect(key({ label: "Commune de l'employeur", lang: 'fr' })).toBe(null);
    expect(key({ label: "Intitulé de l'emploi occupé", lang: 'fr' })).toBe('occupation');
    expect(key({ label: 'First and middle names', lang: 'en' })).toBe('given-name');
    expect(key({ label: 'Town or city of birth', lang: 'en' })).toBe('birth-place');
    expect(key({ label: 'How did Parent 1 become a British citizen?', lang: 'en' })).toBe(null);
    expect(key({ label: 'PLZ des Firmensitzes' })).toBe(null);
  });

  it('takes a structured identifier’s key from its last segment, the one before it only for a bare "number" or "name"', () => {
    const key = (name: string, sections: string[] = []) => classifyField(snap({ name, words: undefined, sections, lang: 'en' }), none).classification.key;
    // "dernierEmployeur.siret" is the employer's SIRET, "address[moved][day]" the day of a move.
    expect(key('dernierEmployeur.siret')).toBe(null);
    expect(key('address[moved][day]')).toBe(null);
    expect(key('traits.phone.number')).toBe('tel');
    expect(key('applicant.email[0]')).toBe('email');
    expect(key('antragsteller.geburtsort')).toBe('birth-place');
    // The segments before still say whose field it is.
    expect(classifyField(snap({ name: 'ehegatte.vorname', words: undefined }), none).classification.person).toBe('partner');
  });

  it('reads a form’s title as naming the form, not whose fields are under it; helpers and countersignatories are "other"', () => {
    const person = (label: string, sections: string[], lang = 'en') => classifyField(snap({ label, sections, lang }), none).classification.person;
    expect(person('Email address', ['Apply for a child’s passport', 'Your contact details'])).toBe('applicant');
    expect(person('First name', ['Apply for a child’s passport', 'The child’s details'])).toBe('child');
    expect(person('E-Mail-Adresse', ['Online-Antrag: Reisepass für ein minderjähriges Kind', 'Kontaktdaten'], 'de')).toBe('applicant');
    // A heading that is not the form's title still counts.
    expect(person('Vorname', ['Angaben zum Kind'], 'de')).toBe('child');
    expect(person('Full name', ['Someone helping you to apply'])).toBe('other');
    expect(person('Their last name', ['Countersignatory'])).toBe('other');
    expect(person('Last name', ['The child’s parents’ details', 'Parent 1'])).toBe('applicant');
  });

  it('reads the person a form is about, child or adult, as the applicant, and carers, the cared-for and tax advisers as "other"', () => {
    const d = (label: string, sections: string[], lang: string) => {
      const c = classifyField(snap({ label, sections, lang }), none).classification;
      return [c.key, c.person];
    };
    expect(d('Prénom(s)', ["A – Identité de l'enfant ou de l'adulte concerné par la demande"], 'fr')).toEqual(['given-name', 'applicant']);
    expect(d('Prénom', ["Identité de l'enfant"], 'fr')).toEqual(['given-name', 'child']);
    expect(d('Nom', ['Aidant familial'], 'fr')).toEqual(['family-name', 'other']);
    expect(d('First name', ['The person you care for'], 'en')).toEqual(['given-name', 'other']);
    expect(d('Name', ['6 Steuerliche Beratung', 'Steuerberaterin / Steuerberater'], 'de')).toEqual(['full-name', 'other']);
    expect(d('Postleitzahl', ['6 Steuerliche Beratung', 'Steuerberaterin / Steuerberater'], 'de')[0]).toBe(null);
  });

  it('leaves an animal’s name, sex and birth date empty, and reads the places and lists around a household as none of ours', () => {
    const d = keyPerson;
    expect(d({ label: 'Name des Hundes', sections: ['Anmeldung eines Hundes zur Hundesteuer', 'Angaben zum Hund'] })[0]).toBe(null);
    expect(d({ labels: [{ source: 'label-for', text: 'Tag' }], words: 'hund wurf tag', sections: ['Angaben zum Hund', 'Wurfdatum (Geburtsdatum des Hundes)'] })[0]).toBe(null);
    // The form's title names the dog; the keeper's own fields stay keys.
    expect(d({ label: 'Vorname', sections: ['Anmeldung eines Hundes zur Hundesteuer', 'Halterin / Halter'] })).toEqual(['given-name', 'applicant']);
    expect(d({ label: 'Name, Vorname', sections: ['Vorbesitzerin / Vorbesitzer'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Bisherige Gemeinde', sections: ['Angaben zum Hund'] })[0]).toBe(null);
    expect(d({ label: 'Straße und Hausnummer der Einrichtung', sections: ['Klinik bzw. Geburtshaus'] })[0]).toBe(null);
    expect(d({ label: 'PLZ', sections: ['Angaben zum Kind', 'Klinik bzw. Geburtshaus'] })[0]).toBe(null);
    expect(d({ label: 'Commune souhaitée 1', lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Commune de travail', lang: 'fr' })[0]).toBe(null);
    expect(d({ tag: 'select', type: 'select-one', label: 'Select an address', lang: 'en' })[0]).toBe(null);
  });

  it('reads the person who died, their spouse and the executor as "other", and a school or a place of work as none of ours', () => {
    const d = keyPerson;
    expect(d({ label: 'First name', lang: 'en', sections: ['Report a death using Tell Us Once', 'The person who died'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Executor’s full name', lang: 'en', sections: ['The executor'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Date of birth', lang: 'en', sections: ['Their husband, wife or civil partner'] })).toEqual(['bday', 'other']);
    // The question about the applicant's own relationship stays the applicant's; "your partner" stays the partner.
    expect(d({ label: 'Email address', lang: 'en', sections: ['What is your relationship to the person who died?'] })).toEqual(['email', 'applicant']);
    expect(d({ label: 'Date of birth', lang: 'en', sections: ['Your husband, wife or civil partner'] })).toEqual(['bday', 'partner']);
    expect(d({ label: 'Vorname', sections: ['Angaben zur verstorbenen Person'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Vorname', sections: ['Ehegatte der/des Verstorbenen'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Vorname', sections: ['Angaben zum verstorbenen Ehegatten'] })).toEqual(['given-name', 'partner']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['Conjoint du défunt'] })).toEqual(['family-name', 'other']);
    expect(d({ labels: [{ source: 'column-header', text: 'Schule / Ausbildungsstätte' }], words: 'ausbildung 0 einrichtung schule 1 name' })[0]).toBe(null);
    expect(d({ labels: [{ source: 'column-header', text: 'Ort der Beschäftigung' }], words: 'arbeitgeber 0 ort' })[0]).toBe(null);
    expect(d({ label: 'PLZ', sections: ['Angaben zum Kind', 'Schule bzw. Kindertageseinrichtung'] })[0]).toBe(null);
    expect(d({ label: 'Commune du mariage ou du Pacs', lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Numéro et voie', lang: 'fr', sections: ['Adresse de votre conjoint ou partenaire avant le changement'] })[0]).toBe(null);
  });

  it('reads health insurance, an employer and the people around them by the words that qualify them', () => {
    const d = keyPerson;
    expect(d({ label: 'Anschrift der Praxis / Einrichtung' })[0]).toBe(null);
    expect(d({ label: 'Name des Krankenversicherungsunternehmens bzw. der Krankenkasse' })[0]).toBe('health-insurer');
    expect(d({ label: 'Versicherungsnummer bzw. Krankenversichertennummer', sections: ['5. Krankenversicherung'] })[0]).toBe('health-insurance-number');
    expect(d({ label: 'Versicherungsnummer', sections: ['Angaben zur Person'] })[0]).toBe('social-security-number');
    // The member through whom the applicant is insured is someone else; the member who applies for their family is the applicant.
    expect(d({ label: 'Vorname des Mitglieds', sections: ['Nur bei Familienversicherung: Angaben zum Mitglied, über das Sie familienversichert sind'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Vorname', words: 'mitglied vorname', sections: ['1. Angaben zum Mitglied'] })).toEqual(['given-name', 'applicant']);
    expect(d({ label: 'Versicherungsnummer der Rentenversicherung', sections: ['Fragebogen zur Familienversicherung', 'Ehegatte'] })[0]).toBe('social-security-number');
    // A bare "Name" before "bzw. Firma des Arbeitgebers" is the employer's name; "Dein Name oder deine E-Mail-Adresse" stays unsure.
    expect(d({ label: 'Name bzw. Firma des Arbeitgebers' })[0]).toBe('employer');
    expect(d({ label: 'Dein Name oder deine E-Mail-Adresse' })[0]).toBe(null);
    expect(d({ type: 'tel', label: 'Telefonnummer der Ansprechpartnerin / des Ansprechpartners' })).toEqual(['tel', 'other']);
    expect(d({ label: 'Adresse de son employeur', lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Code postal', lang: 'fr', sections: ["Dernière adresse connue de l'autre parent"] })).toEqual(['postal-code', 'partner']);
    expect(d({ label: 'Code postal', lang: 'fr', sections: ['Votre dernière adresse'] })[0]).toBe(null);
    expect(d({ label: 'Their name', lang: 'en', sections: ['Other healthcare professional'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Their job', lang: 'en', sections: ['Other healthcare professional'] })).toEqual(['occupation', 'other']);
    expect(d({ label: 'When did they last see you?', words: 'professional last seen', lang: 'en' })[0]).toBe(null);
    expect(d({ label: 'Last', words: 'last', lang: 'en' })[0]).toBe('family-name');
    expect(d({ label: 'Illness or disability', words: 'conditions 0 name', lang: 'en' })[0]).toBe(null);
    expect(d({ label: 'Name of GP surgery or medical centre', lang: 'en' })[0]).toBe(null);
  });

  it('reads a baby as a child, an employer’s details and a care service as none of ours, and an example in a label as no part of it', () => {
    const d = keyPerson;
    expect(d({ labels: [{ source: 'group', text: 'Day' }], name: 'baby_dob_day', words: 'baby dob day', lang: 'en', sections: ['Your baby', "Baby's date of birth"] })).toEqual(['bday-day', 'child']);
    expect(d({ label: 'What kind of work do you do?', lang: 'en' })[0]).toBe('occupation');
    expect(d({ label: "Employer's address", lang: 'en' })[0]).toBe(null);
    expect(d({ label: 'Company email', lang: 'en' })[0]).toBe('email');
    expect(d({ label: 'Payroll or employee number (optional)', words: 'employer 1 payroll', lang: 'en' })[0]).toBe(null);
    expect(d({ label: 'Employer', words: 'employer 1 name', lang: 'en' })[0]).toBe('employer');
    expect(d({ label: 'Kranken- und Pflegekasse' })[0]).toBe('health-insurer');
    expect(d({ label: 'Summe aller Bank- und Sparguthaben, Bausparverträge und Wertpapiere (Euro)' })[0]).toBe(null);
    expect(d({ label: 'Anschrift des Pflegedienstes / der Einrichtung' })[0]).toBe(null);
    expect(d({ label: 'Straße', sections: ['Schritt 3: Neue Wohnung im Ausland'] })[0]).toBe(null);
    expect(d({ label: "Nom d'usage (facultatif) Par exemple le nom de l'autre parent accolé au nom de naissance", lang: 'fr' })).toEqual(['family-name', 'applicant']);
    expect(d({ label: 'Fondement de la nationalité française', lang: 'fr' })[0]).toBe(null);
    expect(d({ label: "Nature du nom d'usage", lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Commune où vous souhaitez déposer le dossier (facultatif)', lang: 'fr' })[0]).toBe(null);
  });

  it('keeps the phone of a contact person under an employer’s section, and reads numbers, courts, reasons and date inputs as no address', () => {
    const d = keyPerson;
    const job = ['Angaben zu Ihrer Beschäftigung'];
    expect(d({ label: 'Straße und Hausnummer', sections: job })[0]).toBe(null);
    expect(d({ type: 'tel', label: 'Telefonnummer', sections: [...job, 'Ansprechperson beim Arbeitgeber'], sectionIds: ['b', 'a'] })).toEqual(['tel', 'other']);
    expect(d({ type: 'tel', label: 'Telefon', sections: ['Behandelnde Ärztin / Arzt'], sectionIds: ['a'] })).toEqual([null, 'other']);
    expect(d({ label: 'Betriebsnummer des Arbeitgebers' })[0]).toBe(null);
    expect(d({ label: 'Amtsgericht (Ort)' })[0]).toBe(null);
    expect(d({ labels: [{ source: 'label-for', text: 'Begründung des Antrags auf Gebührenbefreiung' }, { source: 'placeholder', text: 'z. B. Bezug von Bürgergeld, ehrenamtliche Tätigkeit' }] })[0]).toBe(null);
    expect(d({ label: 'PLZ', sections: ['5. Empfängerbehörde (nur bei Belegart O / OE)'] })[0]).toBe(null);
    expect(d({ label: 'NHS number', lang: 'en' })[0]).toBe('health-insurance-number');
    expect(d({ label: "Nom de l'établissement bancaire", lang: 'fr' })[0]).toBe('bank-name');
    expect(d({ type: 'date', label: 'Depuis le Date du mariage, du Pacs, du début de la vie commune', lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Commune', lang: 'fr' })[0]).toBe('city');
    const situation = ['Célibataire', 'Marié(e)', 'Lié(e) par un pacte civil de solidarité (Pacs)', 'En concubinage (vie maritale)', 'Veuf ou veuve', 'Divorcé(e)', 'Séparé(e)'].map((text, i) => ({ value: `S${i}`, text }));
    expect(d({ type: 'radio', name: 'situation.code', htmlId: 'radio-situation-concubin', lang: 'fr', options: situation, labels: [{ source: 'label-for', text: 'En concubinage (vie maritale)' }, { source: 'group', text: 'Quelle est votre situation actuelle ?' }] })).toEqual(['marital-status', 'applicant']);
  });

  it('reads a representative, an opposing party, a lawyer and housemates as "other", a section’s leading phrase before an identifier’s word', () => {
    const d = keyPerson;
    expect(d({ label: 'Nom', lang: 'fr', sections: ["Si la demande est faite par ou au nom d'un majeur protégé ou d'un enfant mineur"] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['La partie adverse'] })).toEqual(['family-name', 'other']);
    expect(d({ label: "Nom de l'avocat", lang: 'fr' })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Adresse du cabinet', lang: 'fr', sections: ['Votre avocat'] })[0]).toBe(null);
    expect(d({ label: 'Nom(s) et prénom(s) 1', lang: 'fr' })[0]).toBe('full-name');
    expect(d({ type: 'number', label: "Nombre d'enfants à charge Y compris l'élève, tel qu'indiqué sur votre avis d'imposition", lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Établissement fréquenté à la rentrée', lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Nom de famille', words: 'eleve nom', lang: 'fr', sections: ["L'élève pour lequel la bourse est demandée"] })).toEqual(['family-name', 'child']);
    expect(d({ label: 'First name', words: 'spouse first name', lang: 'en', sections: ['Their husband, wife or civil partner'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Their full name', words: 'representative full name', lang: 'en' })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Full name', lang: 'en', sections: ['Your household', 'Other adults who live with you'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Month', words: 'op address last known month', lang: 'en' })[0]).toBe(null);
    expect(d({ label: 'Vorname', words: 'mitbewohner 0 vorname' })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Name', sections: ['7. Angaben zur Vertretung'] })[1]).toBe('other');
    expect(d({ label: 'Familienname', sections: ['Person, von der die Gefährdung ausgeht (soweit bekannt)'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Straße und Hausnummer', words: 'person vorherige anschrift strasse hausnummer' })[0]).toBe(null);
    expect(d({ label: 'Telefon des Veranstalters' })[0]).toBe(null);
    expect(d({ label: 'Stellung im Beruf' })[0]).toBe(null);
    expect(d({ label: 'Gläubiger' })[0]).toBe(null);
  });

  it('reads a guest and their family, a childminder, relatives and a child’s parents as "other", with their own keys', () => {
    const d = keyPerson;
    expect(d({ label: 'Familienname', sections: ['Angaben zum Ausländer (Gast)'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Vorname', words: 'beg eh vorname', sections: ['Begleitpersonen des Gastes', 'Ehegatte des Gastes'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'PLZ', sections: ['Unterkunft des Gastes'] })[0]).toBe(null);
    expect(d({ label: 'Name des Vermieters', sections: ['Kosten der Unterkunft'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['Votre assistant(e) maternel(le) agréé(e)'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Prénom', lang: 'fr', sections: ["Frères et sœurs de l'enfant"] })).toEqual(['given-name', 'child']);
    expect(d({ label: "Votre numéro Pajemploi d'employeur (facultatif)", lang: 'fr' })[0]).toBe(null);
    expect(d({ label: 'Full name', lang: 'en', sections: ['Relative 1'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Mother’s first name', lang: 'en', sections: ["The child's parents"] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Where was the child’s mother born?', words: 'mother birth country', lang: 'en' })[1]).toBe('other');
    expect(d({ label: 'Town or city where the child was born', lang: 'en' })[0]).toBe('birth-place');
    expect(d({ label: 'Country where the child was born', lang: 'en' })[0]).toBe('birth-country');
  });

  it('reads the person looked after, a care professional, a successor and a household elsewhere as "other", and durations and states of work as no key', () => {
    const d = keyPerson;
    expect(d({ label: 'Surname or family name', lang: 'en', sections: ['About the person you look after'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Full name of the health or social care professional', lang: 'en' })).toEqual(['full-name', 'other']);
    expect(d({ label: 'All other surnames or family names you have used or have been known by (optional)', lang: 'en' })[0]).toBe('former-names');
    expect(d({ label: 'What is your relationship status?', lang: 'en', tag: 'select', type: 'select-one' })[0]).toBe('marital-status');
    expect(d({ label: 'Identity card number', lang: 'en' })[0]).toBe('id-card-number');
    expect(d({ label: 'How long have you lived at this address?', lang: 'en' })[0]).toBe(null);
    expect(d({ label: 'Staat, in dem die Tätigkeit ausgeübt wird' })[0]).toBe(null);
    expect(d({ label: 'Abgemeldete Tätigkeit (genau angeben)' })[0]).toBe(null);
    expect(d({ label: 'Familienname', sections: ['Lebt ein Kind im Haushalt einer anderen Person (z. B. Großeltern)? Angaben zu dieser Person'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Vornamen des künftigen Gewerbetreibenden' })).toEqual(['given-name', 'other']);
  });

  it('reads "Vous, l’hébergeant" as the applicant, the person hosted and their children as "other", a close relative cared for as "other"', () => {
    const d = keyPerson;
    expect(d({ label: 'Prénom(s)', lang: 'fr', sections: ["Vous, l'hébergeant"] })).toEqual(['given-name', 'applicant']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['La personne hébergée'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['La personne hébergée', "Enfants mineurs de la personne hébergée l'accompagnant"] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ["L'hébergeant"] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Name', sections: ['2. Angaben zur/zum pflegebedürftigen nahen Angehörigen'] })[1]).toBe('other');
    // On Hilfe zur Pflege the person needing care is the one who applies.
    expect(d({ label: 'Familienname', sections: ['1. Angaben zur pflegebedürftigen Person (Antragsteller/in)'] })).toEqual(['family-name', 'applicant']);
  });

  it('reads attorneys, a certificate provider, people to notify, a seller and a household help as "other", and the power of attorney as no person', () => {
    const d = keyPerson;
    const en = (label: string, section: string) => d({ label, lang: 'en', sections: ['Create your lasting power of attorney', section] });
    expect(en('First names', '1. The donor')).toEqual(['given-name', 'applicant']);
    expect(en('First names', 'Attorney 1')).toEqual(['given-name', 'other']);
    expect(en('Last name', '4. Replacement attorneys (optional)')).toEqual(['family-name', 'other']);
    expect(en('Postcode', '6. The certificate provider')).toEqual(['postal-code', 'other']);
    expect(en('Full name', '7. People to notify (optional)')).toEqual(['full-name', 'other']);
    expect(en('Email address', 'Correspondent')).toEqual(['email', 'other']);
    expect(d({ label: 'Prénom', lang: 'fr', sections: ["L'ancien titulaire (vendeur)"] })).toEqual(['given-name', 'other']);
    // A co-holder is no one in particular: on a demande de logement social, "Votre conjoint ou co-titulaire" is the partner.
    expect(d({ label: 'Prénom', lang: 'fr', sections: ['Votre conjoint ou co-titulaire'] })).toEqual(['given-name', 'partner']);
    expect(d({ label: 'IBAN Ersatzkraft' })).toEqual(['iban', 'other']);
    expect(d({ label: 'Vorname', sections: ['Angaben zur Haushaltshilfe', 'Selbst beschaffte Ersatzkraft'] })).toEqual(['given-name', 'other']);
  });

  it('reads a multi-line box as no code, a vehicle’s "genre" as no sex, and a "Complément d’adresse" whatever its hint lists', () => {
    const d = keyOf;
    expect(d({ tag: 'textarea', type: 'textarea', label: 'Describe how they know the donor', name: 'fld_cp_08', lang: 'en' })).toBeNull();
    expect(d({ tag: 'input', label: 'Describe how they know the donor', name: 'fld_cp_08', lang: 'en' })).toBe('postal-code');
    expect(d({ tag: 'textarea', type: 'textarea', label: 'Anschrift' })).toBe('street-address');
    expect(d({ tag: 'select', type: 'select-one', label: 'Genre national (J.1)', lang: 'fr', options: [{ value: 'VP', text: 'VP' }, { value: 'CTTE', text: 'CTTE' }] })).toBeNull();
    expect(d({ label: 'Complément d’adresse Bâtiment, escalier, lieu-dit, boîte postale…', lang: 'fr' })).toBe('address-suffix');
    expect(d({ label: 'Boîte postale', lang: 'fr' })).toBeNull();
    expect(d({ label: 'Anschrift des Betreibers / Vermieters', sections: ['Unterkunft'] })).toBeNull();
    expect(d({ label: 'Address of where they work', lang: 'en', sections: ['Another health or social care professional'] })).toBeNull();
  });

  it('reads a single letter as a date part only as an identifier’s last word ("dob_m"), not as its prefix ("m-gebdat")', () => {
    const d = keyOf;
    expect(d({ label: 'Geburtsdatum der Mutter', htmlId: 'm-gebdat', name: 'mutter_geburtsdatum' })).toBe('bday');
    const yesNo = [{ value: 'ja', text: 'ja' }, { value: 'nein', text: 'nein' }];
    expect(d({ type: 'radio', htmlId: 'm-verh-ja', name: 'mutter_verheiratet', options: yesNo, labels: [{ source: 'group', text: 'Ist die Mutter verheiratet (oder war sie es bei der Geburt)?' }] })).toBeNull();
    expect(d({ tag: 'select', type: 'select-one', name: 'dob_m', labels: [{ source: 'group', text: 'Geburtsdatum' }] })).toBe('bday-month');
  });

  it('reads an emergency contact, people who may collect a child and someone else’s child as "other", and what a field is compared with as no owner', () => {
    const d = keyPerson;
    expect(d({ label: 'Name, Vorname', sections: ['5. Im Notfall', 'Notfallkontakt (falls die Erziehungsberechtigten nicht erreichbar sind)'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Vorname der 1. abholberechtigten Person' })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Erziehungsberechtigte/r 1 Straße und Hausnummer (falls abweichend vom Kind)', sections: ['3. Erziehungsberechtigte'] })[1]).not.toBe('child');
    expect(d({ label: 'Straße und Hausnummer (falls abweichend vom Kind)' })).toEqual(['street-address', 'applicant']);
    expect(d({ label: 'Full name of the child you are responsible for', lang: 'en', sections: ['Part 4 – The baby', 'Someone else’s child'] })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Surgery, clinic or hospital address', lang: 'en', sections: ['Health professional’s statement'] })[0]).toBeNull();
    expect(d({ label: 'Nom de naissance', lang: 'fr', words: 'mere nom naissance', name: 'mere_nom_naissance', sections: ["L'autre parent (la mère)"] })).toEqual(['birth-name', 'partner']);
    expect(d({ label: 'Nom de naissance', lang: 'fr', words: 'mere nom naissance', name: 'mere_nom_naissance', sections: ['Filiation'] })).toEqual(['birth-name', 'other']);
  });

  it('reads a residence title, the place an application is made and earlier stays as no key', () => {
    const d = keyOf;
    expect(d({ tag: 'select', type: 'select-one', label: 'Art des derzeitigen Aufenthaltstitels', options: [{ value: 'a', text: 'Aufenthaltserlaubnis' }, { value: 'n', text: 'Niederlassungserlaubnis' }] })).toBeNull();
    expect(d({ label: 'Ort der Antragstellung' })).toBeNull();
    expect(d({ label: 'Ort', sections: ['Frühere Aufenthalte in Deutschland'] })).toBeNull();
    expect(d({ label: 'Titel', tag: 'select', type: 'select-one', options: [{ value: 'dr', text: 'Dr.' }, { value: 'prof', text: 'Prof.' }] })).toBe('academic-title');
  });

  it('reads a title naming several people as naming none, an annex’s title as the form’s, a UTR, the 2042’s boxes and a childcare provider', () => {
    const d = keyPerson;
    expect(d({ label: 'Name of your employer', lang: 'en', sections: ['Tell us about you, your partner and your children', 'Your work'] })).toEqual(['employer', 'applicant']);
    expect(d({ label: 'First name', lang: 'en', sections: ['Tell us about you, your partner and your children', 'Child 1'] })).toEqual(['given-name', 'child']);
    // A title naming one person still names whose fields follow.
    expect(d({ label: 'First name', lang: 'en', sections: ['Your children'] })).toEqual(['given-name', 'child']);
    expect(d({ label: 'Vorname', sections: ['Anlage Kind', 'Allgemeine Angaben'] })).toEqual(['given-name', 'applicant']);
    expect(d({ label: 'Vorname', sections: ['Anlage Kind', 'Angaben zum Kind'] })).toEqual(['given-name', 'child']);
    expect(d({ label: 'Zeile 43: Name, Vorname der volljährigen Person' })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Self Assessment Unique Taxpayer Reference (UTR)', lang: 'en' })).toEqual(['tax-number', 'applicant']);
    expect(d({ label: 'Provider name', lang: 'en', sections: ['Your childcare provider (optional)'] })).toEqual([null, 'other']);
    const situation = ['Marié(e) – case M', 'Pacsé(e) – case O', 'Célibataire – case C', 'Divorcé(e) ou séparé(e) – case D', 'Veuf(ve) – case V'].map((text, i) => ({ value: `${i}`, text }));
    expect(d({ type: 'radio', lang: 'fr', options: situation, labels: [{ source: 'group', text: 'Votre situation' }] })).toEqual(['marital-status', 'applicant']);
  });

  it('reads the person a badge is for, the person cared for, an earlier spouse, the person searched for and an organisation’s contact as "other"; a student as the applicant', () => {
    const d = keyPerson;
    expect(d({ label: 'Full name of the person the badge is for', lang: 'en' })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Postcode', lang: 'en', sections: ['Apply for a Blue Badge', 'Their details'] })).toEqual(['postal-code', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['La personne que vous aidez'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Name und Vorname des früheren Ehegatten' })).toEqual(['full-name', 'other']);
    expect(d({ label: 'Familienname', sections: ['Angaben zur gesuchten Person'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Vorname', sections: ['Einkommenserklärung der Eltern / des Ehegatten oder Lebenspartners', '1. Angaben zur/zum Auszubildenden'] })).toEqual(['given-name', 'applicant']);
    expect(d({ type: 'email', label: 'Contact’s email address', lang: 'en', sections: ['Who the check is for'] })).toEqual(['email', 'other']);
    // "Nom d'usage (nom d'époux/épouse…)": the name the applicant uses, not the spouse's field.
    expect(d({ label: "Nom d'usage (nom d'époux/épouse, le cas échéant)", lang: 'fr', sections: ["Vous, l'allocataire"] })).toEqual(['family-name', 'applicant']);
  });

  it('reads a health insurance’s kind, a wedding’s place, a former name’s type and years, a practice’s name and a document choice as no key; a passport date by its identifier', () => {
    const d = keyOf;
    expect(d({ tag: 'select', type: 'select-one', label: 'Art der Krankenversicherung', options: [{ value: 'g', text: 'gesetzlich' }, { value: 'p', text: 'privat' }] })).toBeNull();
    expect(d({ label: 'Ort und Staat der Eheschließung' })).toBeNull();
    expect(d({ label: 'Previous name 1 – used from year', lang: 'en' })).toBeNull();
    expect(d({ label: 'Previous name 1 – full name', lang: 'en' })).toBe('former-names');
    expect(d({ label: 'GP practice or surgery name', lang: 'en' })).toBeNull();
    expect(d({ tag: 'select', type: 'select-one', label: 'Which document shows their address?', lang: 'en', options: [{ value: 'c', text: 'Council tax bill' }, { value: 'u', text: 'Utility bill' }] })).toBeNull();
    expect(d({ type: 'date', label: 'Date of issue', name: 'passport.issueDate', htmlId: 'passportIssueDate', words: 'passport issue date', lang: 'en', sections: ['Identity documents'] })).toBe('passport-issue-date');
    expect(d({ type: 'date', label: 'Date of issue', name: 'award.issueDate', words: 'award issue date', lang: 'en', sections: ['Benefits'] })).toBeNull();
  });

  it('reads substitute and day carers, heirs, a notary and grandparents as "other", a declaring host as the applicant, and a carer’s rooms as premises', () => {
    const d = keyPerson;
    expect(d({ label: 'Vorname', sections: ['3. Wer hat die Ersatzpflege übernommen?', 'Angaben zur Ersatzpflegeperson'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Nachname der Tagespflegeperson' })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Straße, Hausnummer', sections: ['3. Angaben zur Kindertagespflegeperson', 'Anschrift des Betreuungsortes (Räume der Kindertagespflege)'] })[0]).toBeNull();
    expect(d({ label: 'Familienname', sections: ['Angaben zur verpflichtenden Person (Einladende/r)'] })).toEqual(['family-name', 'applicant']);
    expect(d({ label: 'Familienname', sections: ['Angaben zur eingeladenen Person (Gast)'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['Le notaire chargé de la succession'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Nom', lang: 'fr', sections: ['Les autres héritiers', 'Cohéritiers'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Full name', lang: 'en', sections: ["The child's grandparents"] })).toEqual(['full-name', 'other']);
  });

  it('reads passports by their serial number, an identity card’s authority, a housing status, a maiden surname and where someone was born', () => {
    const d = keyOf;
    expect(d({ label: 'Kind 1 Kinderreisepass Seriennummer' })).toBe('passport-number');
    expect(d({ label: 'Person 2 Personalausweis Seriennummer' })).toBe('id-card-number');
    expect(d({ label: 'Person 1 Personalausweis Ausstellungsbehörde' })).toBeNull();
    expect(d({ label: 'Auslandsvertretung, bei der das Visum beantragt wird (Ort)' })).toBeNull();
    expect(d({ label: 'Ort (bei Eheschließung im Ausland auch Staat)' })).toBeNull();
    expect(d({ label: 'Vous êtes', lang: 'fr', name: 'statut.occupation', htmlId: 'statutLogement', words: 'statut occupation statut logement' })).toBeNull();
    expect(d({ label: "Mother's maiden surname", lang: 'en' })).toBe('birth-name');
    expect(d({ label: 'Where were you born?', lang: 'en', labels: [{ source: 'label-for', text: 'Where were you born?' }, { source: 'preceding-text', text: 'Town or city and country if outside the UK' }] })).toBe('birth-place');
    expect(d({ label: 'Address of the place of birth', lang: 'en' })).toBeNull();
  });

  it('reads a further person by their section, a deceased’s last address as theirs, heirs and the person on a certificate as "other"', () => {
    const d = keyPerson;
    expect(d({ label: 'Familienname', words: 'weitere person 0 familienname', name: 'weiterePerson[0].familienname', sections: ['Person 2 – Ehegattin/Ehegatte, eingetragene Lebenspartnerin', '1. Persönliche Daten'] })).toEqual(['family-name', 'partner']);
    expect(d({ label: 'Vorname', words: 'weitere person 1 vorname', name: 'weiterePerson[1].vorname', sections: ['Person 3 – Kind ab 15 Jahren', '1. Persönliche Daten'] })).toEqual(['given-name', 'child']);
    expect(d({ label: 'Vorname', words: 'weitere person 2 vorname', name: 'weiterePerson[2].vorname', sections: ['Person 4', '1. Persönliche Daten'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Straße und Hausnummer', sections: ['B. Angaben zur verstorbenen Person', 'Letzte Wohnanschrift der verstorbenen Person'] })).toEqual(['street-address', 'other']);
    expect(d({ label: 'Straße und Hausnummer', sections: ['Letzte Wohnanschrift'] })[0]).toBeNull();
    expect(d({ label: 'Familienname', sections: ['4. Weitere Erbinnen und Erben (Miterben)'] })).toEqual(['family-name', 'other']);
    expect(d({ label: 'Prénoms', lang: 'fr', sections: ["Titulaire de l'acte (personne concernée par l'acte)"] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Nom Mère (ou parent 2)', lang: 'fr', sections: ["Titulaire de l'acte", 'Filiation du titulaire'] })).toEqual(['family-name', 'other']);
  });

  it('reads counts, a place of death, an undertaker, a vehicle’s insurer and a planned address abroad as no key', () => {
    const d = keyOf;
    expect(d({ label: 'Anzahl Krankenkasse / Sterbegeld' })).toBeNull();
    expect(d({ label: 'Anschrift des Sterbeortes (falls nicht die Wohnanschrift)' })).toBeNull();
    expect(d({ label: 'Name des Bestattungsunternehmens' })).toBeNull();
    expect(d({ label: 'Name der Kfz-Haftpflichtversicherung' })).toBeNull();
    expect(d({ label: 'Name der Krankenversicherung' })).toBe('health-insurer');
    expect(d({ label: 'Straße', sections: ['7. Voraussichtliche Anschrift im Ausland'] })).toBeNull();
  });

  it('reads a form’s title as no scope, the insured parent filling in as the applicant, a fiancé as the partner, an evidence provider and a nominee as "other"', () => {
    const d = keyPerson;
    // "Déclaration de choix du médecin traitant" names the form: the patient's own address keeps its keys.
    expect(d({ label: 'Type et libellé de la voie', lang: 'fr', sections: ['Déclaration de choix du médecin traitant', "L'assuré(e) (ou le parent qui remplit la déclaration pour son enfant)", 'Adresse'] })).toEqual(['street', 'applicant']);
    expect(d({ label: 'Type et libellé de la voie', lang: 'fr', sections: ['Le médecin traitant choisi'] })[0]).toBeNull();
    expect(d({ label: 'Given names', lang: 'en', sections: ['Your application', 'The person you are going to marry or form a civil partnership with'] })).toEqual(['given-name', 'partner']);
    expect(d({ label: 'Full name', lang: 'en', sections: ['3. Your evidence'], words: 'evidence provider name', name: 'evidence-provider-name' })).toEqual(['full-name', 'other']);
    expect(d({ label: 'First name', lang: 'en', sections: ['5. Someone we can talk to about your application'] })).toEqual(['given-name', 'other']);
    expect(d({ label: 'Venue address', lang: 'en', sections: ['Your wedding or civil partnership'] })[0]).toBeNull();
    expect(d({ label: 'Familienname', sections: ['5 Weitere berechtigte Personen im Haushalt'] })).toEqual(['family-name', 'other']);
  });

  it('reads a training company and a public employer’s office as the employer, and their premises, a vocational school and lodgings at the training place as no address', () => {
    const d = keyOf;
    expect(d({ label: 'Name des Ausbildungsbetriebs *' })).toBe('employer');
    expect(d({ label: 'Beschäftigungsdienststelle (Behörde / Schule / Einrichtung)', sections: ['Angaben zum Dienst- bzw. Beschäftigungsverhältnis'] })).toBe('employer');
    expect(d({ label: 'Straße', sections: ['Angaben zum Dienst- bzw. Beschäftigungsverhältnis'] })).toBeNull();
    expect(d({ label: 'Ort', sections: ['Angaben zur Ausbildung', 'Berufsschule'] })).toBeNull();
    expect(d({ label: 'Straße', sections: ['Wohnsituation', 'Unterkunft am Ausbildungsort'] })).toBeNull();
    expect(d({ label: 'Straße', sections: ['Wohnsituation', 'Ständige Wohnanschrift (Hauptwohnsitz)'] })).not.toBeNull();
  });

  it('reads German person words only on German (or unknown-language) pages', () => {
    const onPage = (lang: string) => classifyField(snap({ label: 'Vorname', sections: ['Kind'], lang }), none).classification.person;
    expect([onPage('de'), onPage(''), onPage('en')]).toEqual(['child', 'child', 'applicant']);
  });
});

describe('page pass: decisions that need the neighbours', () => {
  const page = (...snaps: FieldSnapshot[]) => classifyPage(snaps.map((s, i) => ({ ...s, id: `f${i}` })), none);

  it('a bare "Name" beside "Vorname" is the family name; beside "Surname" the given name', () => {
    expect(page(snap({ label: 'Name' }), snap({ label: 'Vorname' })).map((c) => c.key)).toEqual(['family-name', 'given-name']);
    expect(page(snap({ label: 'Name', lang: 'en' }), snap({ label: 'Surname', lang: 'en' })).map((c) => c.key)).toEqual(['given-name', 'family-name']);
    expect(page(snap({ label: 'Name', lang: 'en' })).map((c) => c.key)).toEqual(['full-name']);
  });

  it('"Straße" alone is the street address; beside a house number, the street', () => {
    expect(page(snap({ label: 'Straße' })).map((c) => c.key)).toEqual(['street-address']);
    expect(page(snap({ label: 'Straße' }), snap({ label: 'Hausnummer' })).map((c) => c.key)).toEqual(['street', 'house-number']);
  });

  it('one label over two inputs takes the pair of keys; alone it stays whole or empty', () => {
    const pair = (label: string) => page(
      snap({ label, cluster: 'c1' }),
      snap({ cluster: 'c1', labels: [{ source: 'group', text: label }] }),
    ).map((c) => c.key);
    expect(pair('PLZ / Ort')).toEqual(['postal-code', 'city']);
    expect(pair('Straße / Hausnummer')).toEqual(['street', 'house-number']);
    expect(page(snap({ label: 'PLZ / Ort' })).map((c) => c.key)).toEqual([null]);
    // Both controls labelled by the same text (aria-labelledby one "Code postal / Commune" span).
    const both = (label: string) => snap({ cluster: 'c1', lang: 'fr', labels: [{ source: 'aria-labelledby', text: label }] });
    expect(page(both('Code postal / Commune'), both('Code postal / Commune')).map((c) => c.key)).toEqual(['postal-code', 'city']);
  });

  it('"Nom de famille" beside "Nom d’usage" is the birth name', () => {
    expect(page(snap({ label: 'Nom de famille', lang: 'fr' }), snap({ label: "Nom d'usage", lang: 'fr' })).map((c) => c.key)).toEqual(['birth-name', 'family-name']);
    expect(page(snap({ label: 'Nom de famille', lang: 'fr' })).map((c) => c.key)).toEqual(['family-name']);
  });

  it('a date of birth in three controls gets its parts, by the controls’ own words or the page language’s order', () => {
    const part = (cluster: string, label: string, words: string, lang: string) => snap({ cluster, words, lang, labels: [{ source: 'group', text: label }] });
    const first = snap({ cluster: 'd', label: 'Geburtsdatum' });
    expect(page(first, part('d', 'Geburtsdatum', '', 'de'), part('d', 'Geburtsdatum', '', 'de')).map((c) => c.key)).toEqual(['bday-day', 'bday-month', 'bday-year']);
    const en = snap({ cluster: 'e', label: 'Date of birth', lang: 'en' });
    expect(page(en, part('e', 'Date of birth', '', 'en'), part('e', 'Date of birth', 'dob year', 'en')).map((c) => c.key)).toEqual(['bday-month', 'bday-day', 'bday-year']);
  });

  it('a place right after the date of birth is the birth place ("Né(e) le … à …")', () => {
    expect(page(snap({ label: 'Né(e) le', lang: 'fr' }), snap({ label: 'à (commune)', lang: 'fr' })).map((c) => c.key)).toEqual(['bday', 'birth-place']);
    expect(page(snap({ label: 'Code postal', lang: 'fr' }), snap({ label: 'Commune', lang: 'fr' })).map((c) => c.key)).toEqual(['postal-code', 'city']);
  });

  it('takes a printed number as the index ("Enfant n° 2" is child 1) and counts grid rows as persons', () => {
    expect(page(snap({ label: 'Prénom', lang: 'fr', sections: ['Enfant n° 2'], sectionIds: ['s1'] })).map((c) => [c.person, c.personIndex])).toEqual([['child', 1]]);
    const row = (n: number) => snap({ labels: [{ source: 'column-header', text: 'Vorname' }], sections: ['Kinder'], sectionIds: ['s1'], gridRow: n });
    expect(page(row(1), row(2), row(3)).map((c) => c.personIndex)).toEqual([0, 1, 2]);
  });

  it('takes guardians as the parents filling in on a form about their child, and as "other" on a minor’s own form', () => {
    const guardian = (n: string, id: string, label = 'Familienname') => snap({ label, sections: [`Sorgeberechtigte Person ${n}`], sectionIds: [id] });
    const kind = snap({ label: 'Vorname', sections: ['Angaben zum Kind'], sectionIds: ['k'] });
    expect(page(kind, guardian('1', 's1'), guardian('2', 's2')).map((c) => c.person)).toEqual(['child', 'applicant', 'partner']);
    // Unnumbered blocks count in page order; an attribute's index ("sorgeberechtigte[1]") is not read.
    const byAttr = (i: number, id: string) => snap({ label: 'Vorname', words: `sorgeberechtigte ${i} vorname`, sections: ['Sorgeberechtigte'], sectionIds: [id] });
    expect(page(kind, byAttr(1, 'a'), byAttr(1, 'a'), byAttr(2, 'b')).map((c) => c.person)).toEqual(['child', 'applicant', 'applicant', 'partner']);
    // A visa for a minor asks about no child of the applicant: the parents are someone else.
    expect(page(guardian('1', 's1'), guardian('2', 's2')).map((c) => c.person)).toEqual(['other', 'other']);
    const fr = (n: string) => snap({ label: 'Nom', lang: 'fr', sections: [`Responsable légal ${n}`], sectionIds: [`r${n}`] });
    expect(page(snap({ label: 'Prénom', lang: 'fr', sections: ["L'enfant"], sectionIds: ['e'] }), fr('1'), fr('2')).map((c) => c.person)).toEqual(['child', 'applicant', 'partner']);
  });

  it('takes a minor as the child of the legal representative who applies, a section’s number not being a guardian’s, and the second parent as the partner', () => {
    const fr = (label: string, section: string, id: string) => snap({ label, lang: 'fr', sections: [section], sectionIds: [id] });
    const persons = page(
      fr('Nom de naissance', '2. État civil du mineur', 'm'),
      fr('Nom de naissance', '4. Représentant légal qui effectue la demande (vous)', 'r'),
      fr('Nom de naissance', '5. Filiation du mineur – second parent', 'p'),
    ).map((c) => c.person);
    expect(persons).toEqual(['child', 'applicant', 'partner']);
    // On the ANTS portal, its rule for "Nom d'usage" gives the key and leaves whose name it is to the page.
    const ants: ClassifyContext = { portal: portalForUrl('https://passeport.ants.gouv.fr/demarches-en-ligne/realiser-une-pre-demande-de-passeport'), year: 2025 };
    expect(ants.portal?.id).toBe('fr-ants');
    const onAnts = classifyPage([fr("Nom d'usage", '2. État civil du mineur', 'm'), fr('Prénom(s)', '4. Représentant légal qui effectue la demande (vous)', 'r')], ants);
    expect(onAnts.map((c) => [c.key, c.person, c.source])).toEqual([['family-name', 'child', 'portal-rule'], ['given-name', 'applicant', 'label']]);
  });

  it('reads a guardian’s number after a German gender ending ("Personensorgeberechtigte/r 1"), not the section’s number before it', () => {
    const kind = snap({ label: 'Vorname', sections: ['1. Angaben zum Kind'], sectionIds: ['k'] });
    const ps = (section: string, id: string) => snap({ label: 'Nachname', sections: [section], sectionIds: [id] });
    const persons = page(kind, ps('2. Personensorgeberechtigte/r 1 (Antragsteller/in)', 'a'), ps('3. Personensorgeberechtigte/r 2 (anderer Elternteil)', 'b')).map((c) => c.person);
    expect(persons).toEqual(['child', 'applicant', 'partner']);
  });

  it('reads a row of dates of several numbered children as one date each, and an opaque id’s last letter as no date part', () => {
    const child = (n: number) => snap({ labels: [{ source: 'title', text: `Date de naissance – enfant ${n}` }, { source: 'preceding-text', text: 'Date de naissance (JJ/MM/AAAA)' }], name: `enfants[${n - 1}].dateNaissance`, htmlId: `enf${n - 1}_dn`, lang: 'fr', cluster: 'c1' });
    expect(page(child(1), child(2), child(3)).map((c) => c.key)).toEqual(['bday', 'bday', 'bday']);
    expect(classifyField(snap({ label: 'Date of birth (DD/MM/YYYY)', htmlId: 'f_3e7d', name: 'f_3e7d', lang: 'en' }), none).classification.key).toBe('bday');
  });

  it('reads a free "Title" box right before a first name and a surname as the title, and after them as none of ours', () => {
    const en = (label: string) => snap({ label, lang: 'en', sections: ['Your details'], sectionIds: ['d'] });
    expect(page(en('Title'), en('First name'), en('Last name')).map((c) => c.key)).toEqual(['honorific-prefix', 'given-name', 'family-name']);
    expect(page(en('First name'), en('Last name'), en('Title')).map((c) => c.key)).toEqual(['given-name', 'family-name', null]);
    expect(page(en('Title'), en('Email')).map((c) => c.key)).toEqual([null, 'email']);
  });

  it('takes the other parent as the partner when a section names one parent as the one applying, and parents as "other" otherwise', () => {
    const p = (label: string, section: string, id: string, words = '') => snap({ label, sections: [section], sectionIds: [id], words });
    const acknowledging = page(
      p('Familienname', '2. Angaben zum Vater (anerkennende Person)', 'v', 'vater familienname v familienname'),
      p('Straße', 'Anschrift des Vaters', 'va'),
      p('Familienname', '3. Angaben zur Mutter', 'm'),
      p('Vorname', '4. Angaben zum Kind', 'k'),
    );
    expect(acknowledging.map((c) => c.person)).toEqual(['applicant', 'applicant', 'partner', 'child']);
    expect(page(p('Familienname', '2. Angaben zur Mutter (antragstellende Person)', 'm'), p('Familienname', 'Angaben zum Vater', 'v')).map((c) => c.person)).toEqual(['applicant', 'partner']);
    // The applicant's fields may be named by their id ("antragsteller_familienname"): the section still says which parent applies.
    const declaring = page(
      snap({ label: 'Familienname', words: 'antragsteller familienname', name: 'antragsteller.familienname', sections: ['2. Angaben zur Mutter (erklärende Person)'], sectionIds: ['m'] }),
      snap({ label: '3. Angaben zum Vater Familienname', sections: ['3. Angaben zum Vater'], sectionIds: ['v'] }),
    );
    expect(declaring.map((c) => c.person)).toEqual(['applicant', 'partner']);
    // The applicant's own parents (Einbürgerung): no parent applies, both are someone else; nor does the applicant's father apply.
    expect(page(p('Familienname', 'Vater', 'v'), p('Familienname', 'Mutter', 'm')).map((c) => c.person)).toEqual(['other', 'other']);
    expect(page(p('Familienname', 'Angaben zum Vater der antragstellenden Person', 'v'), p('Familienname', 'Mutter', 'm')).map((c) => c.person)).toEqual(['other', 'other']);
  });

  it('takes a pupil as the child of the guardians who register them, and as the applicant with no guardian on the page', () => {
    const pupil = snap({ label: 'Familienname', sections: ['Angaben zur Schülerin / zum Schüler'], sectionIds: ['p'] });
    const eb = (n: string) => snap({ label: 'Familienname', sections: [`Erziehungsberechtigte/r ${n}`], sectionIds: [`e${n}`] });
    expect(page(pupil, eb('1'), eb('2')).map((c) => c.person)).toEqual(['child', 'applicant', 'partner']);
    expect(page(pupil).map((c) => c.person)).toEqual(['applicant']);
  });

  it('leaves a "PLZ / Ort" pair empty under a former address, as each key alone would be', () => {
    const cell = (text: string) => snap({ cluster: 'c1', labels: [{ source: 'aria-labelledby', text }], sections: ['Frühere Wohnsitze'] });
    expect(page(cell('PLZ / Ort'), cell('PLZ / Ort')).map((c) => c.key)).toEqual([null, null]);
    expect(page({ ...cell('PLZ / Ort'), sections: ['Anschrift'] }, { ...cell('PLZ / Ort'), sections: ['Anschrift'] }).map((c) => c.key)).toEqual(['postal-code', 'city']);
  });

  it('reads the bare "PLZ" and "Ort" right after an employer’s street as that address, and keeps them after the person’s own', () => {
    const f = (label: string) => snap({ label, sections: ['4. Angaben zum Beschäftigungsverhältnis'], sectionIds: ['b'] });
    expect(page(f('Straße und Hausnummer des Arbeitgebers'), f('PLZ'), f('Ort'), f('Beruf')).map((c) => c.key)).toEqual([null, null, null, 'occupation']);
    const own = (label: string) => snap({ label, sections: ['3. Anschrift'], sectionIds: ['a'] });
    expect(page(own('Straße und Hausnummer'), own('PLZ'), own('Ort')).map((c) => c.key)).toEqual(['street-address', 'postal-code', 'city']);
    expect(page(own('Straße und Hausnummer des Arbeitgebers'), own('PLZ'), own('Ort')).map((c) => c.key)).toEqual([null, null, null]);
  });

  it('reads two whole dates side by side in a row ("TT.MM.JJJJ" each) as two dates, not the parts of one', () => {
    const cell = (col: string) => snap({ cluster: 'k', labels: [{ source: 'aria-labelledby', text: `Geburtsdatum ${col}` }, { source: 'placeholder', text: 'TT.MM.JJJJ' }], sections: ['Angaben zu den Kindern'] });
    expect(page(cell('1. Kind'), cell('2. Kind')).map((c) => [c.key, c.person])).toEqual([['bday', 'child'], ['bday', 'child']]);
  });

  it('reads "Numéro Exemple : 12" beside "Type et nom de la voie Exemple : rue des Lilas" as the house number and the street', () => {
    const f = (label: string, words: string) => snap({ label, words, lang: 'fr', sections: ['Votre adresse'], sectionIds: ['a'] });
    expect(page(f('Numéro Exemple : 12', 'adresse numero'), f('Type et nom de la voie Exemple : rue des Lilas', 'adresse voie')).map((c) => c.key)).toEqual(['house-number', 'street']);
  });

  it('reads "Other names" beside a surname as the given names, and a "Numéro" its identifier read as the address as the house number', () => {
    const p = (label: string) => snap({ label, lang: 'en', sections: ['About the person you look after'], sectionIds: ['c'] });
    expect(page(p('Surname or family name'), p('All other names in full')).map((c) => c.key)).toEqual(['family-name', 'given-name']);
    expect(page(p('Surname or family name'), p('First name'), p('All other names in full')).map((c) => c.key)).toEqual(['family-name', 'given-name', 'former-names']);
    const f = (label: string, words: string) => snap({ label, words, lang: 'fr', sections: ['Votre adresse'], sectionIds: ['a'] });
    expect(page(f('Numéro', 'adresse numero'), f('Type et nom de la voie * Exemple : rue de la République', 'adresse voie')).map((c) => c.key)).toEqual(['house-number', 'street']);
  });

  it('numbers repeated persons: explicit numbers and repeated blocks', () => {
    const child = (section: string, id: string) => snap({ label: 'Vorname', sections: [section], sectionIds: [id] });
    const byNumber = page(child('Angaben zum Kind 1', 's1'), child('Angaben zum Kind 2', 's2'));
    expect(byNumber.map((c) => [c.person, c.personIndex])).toEqual([['child', 0], ['child', 1]]);
    const byBlock = page(child('Angaben zum Kind', 's1'), child('Angaben zum Kind', 's2'), { ...child('Angaben zum Kind', 's2'), label: undefined, labels: [{ source: 'label-for', text: 'Geburtsort' }] } as FieldSnapshot);
    expect(byBlock.map((c) => c.personIndex)).toEqual([0, 1, 1]);
  });
});

describe('held-out sets 38 and 39: rules written from them', () => {
  const page = (...snaps: FieldSnapshot[]) => classifyPage(snaps.map((s, i) => ({ ...s, id: `f${i}` })), none);
  const pre = (text: string) => [{ source: 'preceding-text', text }] as LabelText[];

  it('reads a person word in the text right before a control ("Partner\'s first name" in a <div>), not in the choice before a radio', () => {
    expect(keyPerson({ labels: pre("Partner's first name"), words: 'partner fn', lang: 'en', sections: ['Your partner'] })).toEqual(['given-name', 'partner']);
    const radio = snap({ type: 'radio', name: 'demandeur.sexe', lang: 'fr', labels: [...pre('Femme'), { source: 'group', text: 'Sexe' }], options: [{ value: 'F', text: 'Femme' }, { value: 'M', text: 'Homme' }] });
    expect(classifyField(radio, none).classification.person).toBe('applicant');
  });

  it('reads a co-owner as someone else, and the address of a second home as none of the profile\'s', () => {
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Miteigentümer(in) Vorname' }], sections: ['Ehegatte / Lebenspartner(in) und Miteigentümer(in)'] })).toEqual(['given-name', 'other']);
    expect(keyOf({ label: 'Straße', sections: ['Angaben zur Nebenwohnung in Braunschweig', 'Anschrift der Nebenwohnung'] })).toBeNull();
    expect(keyOf({ label: 'Straße', sections: ['Angaben zur Hauptwohnung'] })).toBe('street');
  });

  it('reads France-Visas\' labels: the address in one box, the birth name, other nationalities, the country of application, a contact person', () => {
    const fr = (label: string, over: SnapInput = {}) => keyPerson({ label, lang: 'fr', ...over });
    expect(fr('Adresse du domicile (n°, rue)')).toEqual(['street-address', 'applicant']);
    expect(fr('Nom(s) de famille à la naissance (nom(s) de famille antérieur(s))')).toEqual(['birth-name', 'applicant']);
    expect(fr('Autre(s) nationalité(s)')).toEqual([null, 'applicant']);
    expect(fr('Pays où vous déposez votre demande', { tag: 'select', type: 'select-one', options: COUNTRIES })).toEqual([null, 'applicant']);
    expect(fr('Nom, prénom de la personne de contact dans la société')).toEqual(['full-name', 'other']);
    expect(fr("Personne à contacter chez l'employeur (nom et prénom)")).toEqual(['full-name', 'other']);
  });

  it('reads "État civil" over a list of civil statuses as the marital status, and a list of countries as no authority', () => {
    const options = ['Célibataire', 'Marié(e)', 'Partenariat enregistré', 'Séparé(e)', 'Divorcé(e)', 'Veuf (veuve)', 'Autre'].map((text, i) => ({ value: `S${i}`, text }));
    expect(keyOf({ label: 'État civil', lang: 'fr', tag: 'select', type: 'select-one', options })).toBe('marital-status');
    const travelDocument = { lang: 'fr', sections: ['Document de voyage'] };
    expect(keyOf({ label: 'Délivré par (pays)', tag: 'select', type: 'select-one', options: COUNTRIES, ...travelDocument })).toBeNull();
    expect(keyOf({ label: 'Délivré par', ...travelDocument })).toBe('passport-issuing-authority');
  });

  it('reads autocomplete "address-line1" on a box labelled "Straße" beside its house number as the street alone', () => {
    const street = snap({ label: 'Straße', autocomplete: 'address-line1', sections: ['Ihre Anschrift'], sectionIds: ['a'] });
    const number = snap({ label: 'Hausnr.', sections: ['Ihre Anschrift'], sectionIds: ['a'] });
    expect(page(street, number).map((c) => c.key)).toEqual(['street', 'house-number']);
    expect(page(street).map((c) => c.key)).toEqual(['street-address']);
  });

  it('reads the phone of an employer\'s contact person as theirs, not as the premises\'', () => {
    const f = (label: string, type: string) => snap({ label, type, lang: 'fr', sections: ['Votre employeur'], sectionIds: ['e'] });
    expect(page(f('Téléphone du contact', 'tel'), f('Téléphone de l\'employeur', 'tel')).map((c) => [c.key, c.person])).toEqual([['tel', 'other'], [null, 'applicant']]);
  });

  it('reads the only parent of the child a page names as the partner, and leaves both parents named as someone else', () => {
    const f = (label: string, section: string, id: string) => snap({ labels: pre(label), sections: [section], sectionIds: [id] });
    const mother = [f('Vorname', 'Angaben zur Antragstellerin', 'a'), f('Vorname', 'Angaben zum Kind', 'k')];
    expect(page(...mother, f('Familienname', 'Angaben zum Vater des Kindes', 'v')).map((c) => c.person)).toEqual(['applicant', 'child', 'partner']);
    expect(page(f('Familienname', 'Angaben zur Mutter des Kindes', 'm'), f('Familienname', 'Angaben zum Vater des Kindes', 'v')).map((c) => c.person)).toEqual(['other', 'other']);
  });
});

describe('held-out sets 42 and 43: rules written from them', () => {
  const page = (...snaps: FieldSnapshot[]) => classifyPage(snaps.map((s, i) => ({ ...s, id: `f${i}` })), none);
  const pre = (text: string) => [{ source: 'preceding-text', text }] as LabelText[];

  it('reads two date inputs side by side as two dates, not as the parts of one', () => {
    const date = (who: string) => snap({ type: 'date', cluster: 'r', labels: [{ source: 'aria-labelledby', text: `${who} Geburtsdatum` }], sections: ['Sorgeberechtigte'] });
    expect(page(date('Elternteil 1 (antragstellend)'), date('Elternteil 2')).map((c) => c.key)).toEqual(['bday', 'bday']);
  });

  it('reads "Abholung durch Dritte" and "eine andere Person" as someone else, and a travel destination as no country of the profile', () => {
    expect(keyPerson({ labels: pre('Anschrift (Straße, Hausnummer)'), sections: ['5. Abholung durch Dritte'] })).toEqual(['street-address', 'other']);
    expect(keyPerson({ labels: pre('Vorname'), words: 'andere person vorname', sections: ['Kindergeld für dieses Kind durch eine andere Person (Zeilen 31 bis 36)'] })).toEqual(['given-name', 'other']);
    expect(keyOf({ label: 'Reiseziel (Staat)', tag: 'select', type: 'select-one', options: COUNTRIES })).toBeNull();
    expect(keyPerson({ labels: [{ source: 'aria-label', text: 'Nom – Autre personne' }], lang: 'fr', sections: ['Enfants et autres personnes à charge'] })).toEqual(['family-name', 'other']);
  });

  it('reads UK and French labels: one bank or building society, a full name in one box, a tax number whatever its condition says', () => {
    expect(keyOf({ label: 'Bank or building society name', lang: 'en' })).toBe('bank-name');
    expect(keyOf({ label: 'First name and last name', lang: 'en', sections: ['Child 2'] })).toBe('full-name');
    expect(keyOf({ label: "Numéro fiscal de l'enfant (s'il a déjà déclaré ses revenus)", lang: 'fr' })).toBe('tax-id');
  });

  it('reads a French title that declares a child\'s birth as naming nobody for the fields under it', () => {
    const f = snap({ label: 'IBAN', lang: 'fr', sections: ["Déclarer une naissance, une adoption ou le rattachement d'un enfant", 'Coordonnées bancaires du foyer'], sectionIds: ['t', 'b'] });
    expect(page(f).map((c) => [c.key, c.person])).toEqual([['iban', 'applicant']]);
  });

  it('gives a guardian\'s "PLZ / Ort" over two inputs the person of its neighbours', () => {
    const g = (over: SnapInput) => snap({ sections: ['Erziehungsberechtigte 1'], sectionIds: ['e1'], cluster: 'c', ...over });
    const child = snap({ label: 'Vorname', sections: ['Angaben zur Schülerin / zum Schüler'], sectionIds: ['k'] });
    const out = page(child, g({ label: 'Nachname', cluster: 'a' }), g({ label: 'PLZ / Ort' }), g({ labels: [{ source: 'aria-label', text: 'Ort' }] }));
    expect(out.map((c) => [c.key, c.person])).toEqual([['given-name', 'child'], ['family-name', 'applicant'], ['postal-code', 'applicant'], ['city', 'applicant']]);
  });

  it('reads the person who died as the late spouse on a claim for a widow\'s pension, as someone else elsewhere', () => {
    const f = (title: string) => snap({ label: 'Vorname', sections: [title, 'Angaben zur verstorbenen Person'], sectionIds: ['t', 'v'] });
    expect(page(f('Antrag auf Hinterbliebenenrente – Witwenrente / Witwerrente')).map((c) => c.person)).toEqual(['partner']);
    expect(page(f('Sterbefallanzeige')).map((c) => c.person)).toEqual(['other']);
  });
});

describe('held-out sets 44 to 46: rules written from them', () => {
  const pre = (text: string) => [{ source: 'preceding-text', text }] as LabelText[];

  it('reads "Eheschließende Person 1 / 2" as the applicant and the partner, and their parents as someone else', () => {
    const aria = (text: string, sections: string[]) => keyPerson({ labels: [{ source: 'aria-labelledby', text }], sections });
    expect(aria('Familienname (zurzeit geführt) Eheschließende Person 1', ['Schritt 2: Angaben zu den Eheschließenden'])).toEqual(['family-name', 'applicant']);
    expect(aria('Familienname (zurzeit geführt) Eheschließende Person 2', ['Schritt 2: Angaben zu den Eheschließenden'])).toEqual(['family-name', 'partner']);
    expect(keyPerson({ labels: [{ source: 'aria-label', text: 'Person 1: Elternteil 2, Familienname' }], sections: ['Schritt 3: Eltern der Eheschließenden'] })).toEqual(['family-name', 'other']);
    expect(aria('Vater / Elternteil 2 Nachname', ['Bürgschaft der Eltern'])).toEqual(['family-name', 'other']);
    expect(aria('Elternteil 2 Nachname', ['Angaben zu den Eltern'])).toEqual(['family-name', 'partner']);
  });

  it('reads UK relationship statuses that name civil partnerships as the marital status', () => {
    const options = ['Single', 'Married or in a civil partnership', 'Living with a partner as a couple', 'Separated', 'Divorced or civil partnership dissolved', 'Widowed or a surviving civil partner'].map((text, i) => ({ value: `r${i}`, text }));
    expect(keyOf({ type: 'radio', name: 'relationship', lang: 'en', labels: [{ source: 'label-for', text: 'Single' }, { source: 'group', text: 'Are you…' }], options })).toBe('marital-status');
  });

  it('reads an explicit "full name" over an identifier\'s abbreviation, the household\'s other members and a disabled person as someone else', () => {
    expect(keyOf({ labels: [{ source: 'aria-label', text: "Partner's full name" }], name: 'partner[name]', htmlId: 'p_fn', words: 'partner name p fn', lang: 'en' })).toBe('full-name');
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Full name' }], lang: 'en', sections: ['4. Household and income', 'Include adults and children, but not you or your partner'] })).toEqual(['full-name', 'other']);
    expect(keyPerson({ labels: pre("Disabled person's full name"), lang: 'en', sections: ['2. The disabled person'] })).toEqual(['full-name', 'other']);
  });

  it('reads "Commune ou ville de naissance" as one birth place, not alternatives', () => {
    expect(keyOf({ label: 'Commune ou ville de naissance', lang: 'fr' })).toBe('birth-place');
  });
});

describe('held-out sets 47 and 48: rules written from them', () => {
  it('reads what a name is compared with as no part of it, and a school, a future name and an insurer as none of the profile\'s', () => {
    expect(keyOf({ label: "Nom d'usage (si différent du nom de naissance)", lang: 'fr' })).toBe('family-name');
    expect(keyOf({ label: "Établissement d'enseignement fréquenté", name: 'etablissement', htmlId: 'etab_nom', words: 'etablissement etab nom', lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Künftig zu führender Familienname' })).toBeNull();
    expect(keyOf({ label: "Nom de l'assureur du véhicule", lang: 'fr' })).toBeNull();
  });

  it('reads the person dealing with a business keeper\'s records as someone else', () => {
    expect(keyPerson({ label: 'Full name of the person dealing with vehicle records', lang: 'en', sections: ['If the keeper is a business or organisation'] })).toEqual(['full-name', 'other']);
  });
});

describe('held-out sets 50 and 51: rules written from them', () => {
  const pre = (text: string) => [{ source: 'preceding-text', text }] as LabelText[];

  it('reads "geboren am" as a date, a teacher, a tutoring provider and further liable relatives as someone else', () => {
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: 'geboren am' }] })).toBe('bday');
    expect(keyOf({ label: 'Geborene' })).toBe('birth-name');
    expect(keyPerson({ label: 'Name der Lehrkraft' })).toEqual(['full-name', 'other']);
    expect(keyPerson({ label: 'IBAN', sections: ['Bankverbindung des Anbieters'] })).toEqual(['iban', 'other']);
    expect(keyPerson({ labels: [{ source: 'title', text: 'Familienname (Person 1)' }], sections: ['E. Weitere bestattungspflichtige Personen'] })).toEqual(['family-name', 'other']);
  });

  it('reads "Parent/carer 2" as the partner, siblings as children and the name a child is known as as no key', () => {
    expect(keyPerson({ labels: pre('Surname'), lang: 'en', sections: ['Parent/carer 2'] })).toEqual(['family-name', 'partner']);
    expect(keyPerson({ labels: pre('Surname'), lang: 'en', sections: ['Parent/carer 1'] })).toEqual(['family-name', 'applicant']);
    expect(keyPerson({ label: 'Full name', lang: 'en', sections: ['Siblings at the school'] })).toEqual(['full-name', 'child']);
    expect(keyOf({ label: 'Name the child is known as (if different)', lang: 'en' })).toBeNull();
  });

  it('reads a chosen new family name and the town hall\'s commune as none of the profile\'s', () => {
    expect(keyOf({ label: 'Nom de famille choisi', lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Commune de la mairie', lang: 'fr' })).toBeNull();
  });
});


describe('held-out sets 52 to 54: rules written from them', () => {
  const page = (...snaps: FieldSnapshot[]) => classifyPage(snaps.map((s, i) => ({ ...s, id: `f${i}` })), none);
  const p = (label: string, section: string, id: string, lang = 'de') => snap({ label, sections: [section], sectionIds: [id], lang });

  it('reads the parent a section names as the applicant ("Antragstellerin", "déclarant") and the other parent as the partner', () => {
    const sorge = page(p('Familienname', '2. Angaben zur Mutter (Antragstellerin)', 'm'), p('Familienname', '3. Angaben zum Vater', 'v'), p('Vorname', '4. Angaben zum Kind', 'k'));
    expect(sorge.map((c) => c.person)).toEqual(['applicant', 'partner', 'child']);
    const reconnaissance = page(p('Nom de naissance', 'Le père (déclarant)', 'p', 'fr'), p('Nom de naissance', 'La mère', 'm', 'fr'));
    expect(reconnaissance.map((c) => c.person)).toEqual(['applicant', 'partner']);
  });

  it('reads an own label naming the applicant by role over a title naming the child, but not a comparison with the applicant', () => {
    const title = ['Öffentlich-rechtliche Namensänderung für ein minderjähriges Kind', 'D. Angaben zu den Eltern'];
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Elternteil 1 (Antragsteller/in) Familienname' }], sections: title })).toEqual(['family-name', 'applicant']);
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Elternteil 1 Familienname' }], sections: title })).toEqual(['family-name', 'child']);
    const spouse = ['Antrag auf Lohnsteuer-Ermäßigung', 'Angaben zum Ehegatten / zur Lebenspartnerin / zum Lebenspartner'];
    expect(keyPerson({ label: 'Straße und Hausnummer (falls von der Anschrift der antragstellenden Person abweichend)', sections: spouse })).toEqual(['street-address', 'partner']);
    expect(keyPerson({ label: 'Prénom', lang: 'fr', labels: [{ source: 'group', text: 'Lien avec le demandeur' }, { source: 'column-header', text: 'Prénom' }], sections: ['Les autres personnes à loger', 'Enfants'] })).toEqual(['given-name', 'child']);
  });

  it('reads the people allowed to collect a child, household members and whoever stands in a relation to the child as someone else', () => {
    expect(keyPerson({ labels: [{ source: 'title', text: 'Nom – personne 1' }], lang: 'fr', sections: ["Personnes autorisées à récupérer l'enfant (autres que les responsables légaux)"] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ labels: [{ source: 'title', text: 'Vorname 1' }], sections: ['Antrag auf Hilfe zur Erziehung', '4. Weitere Haushaltsmitglieder'] })).toEqual(['given-name', 'other']);
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Familienname 1' }, { source: 'preceding-text', text: 'Verhältnis zum Kind' }], sections: ['Antrag auf Hilfe zur Erziehung', '4. Weitere Haushaltsmitglieder'] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ label: 'Straße', sections: ['Erklärung zur Feststellung des Grundsteuerwerts', 'Empfangsbevollmächtigte / Empfangsbevollmächtigter'] })).toEqual(['street', 'other']);
  });

  it('reads a second parent and "your partner" as the partner (en)', () => {
    expect(keyPerson({ label: 'Their first name', lang: 'en', sections: ['Second parent or carer'] })).toEqual(['given-name', 'partner']);
    expect(keyPerson({ label: 'If your partner works, who is their employer?', lang: 'en' })).toEqual(['employer', 'partner']);
  });

  it('reads premises, a supplier, a future first name and a planned place of birth as none of the profile\'s', () => {
    expect(keyOf({ label: 'School address', lang: 'en' })).toBeNull();
    expect(keyOf({ label: 'School postcode', lang: 'en' })).toBeNull();
    expect(keyOf({ label: 'Name des Energieversorgers' })).toBeNull();
    expect(keyOf({ label: 'Besuchte Kindertageseinrichtung / Schule (Name)' })).toBeNull();
    expect(keyOf({ label: 'Künftige(r) Vorname(n)' })).toBeNull();
    expect(keyOf({ label: "Lieu prévu de l'accouchement (maternité, commune)", lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Straße', sections: ['Erklärung zur Feststellung des Grundsteuerwerts', 'Lage des Grundstücks / Betriebs'] })).toBeNull();
  });

  it('reads an address group\'s "Numéro", a box for house number and street, and a bare "Ort" under a title "Erklärung zur …"', () => {
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: "Adresse de l'enfant Numéro" }], lang: 'fr' })).toBe('house-number');
    expect(keyOf({ label: "Landlord's address (house number and street)", lang: 'en' })).toBe('street-address');
    expect(keyOf({ label: 'Ort', sections: ['Erklärung zur Feststellung des Grundsteuerwerts', 'Empfangsbevollmächtigte / Empfangsbevollmächtigter'] })).toBe('city');
    expect(keyOf({ label: 'Ort', sections: ['Antrag', 'Erklärungen'] })).toBeNull();
  });
});

describe('held-out sets 56 and 57: rules written from them', () => {
  const page = (...snaps: FieldSnapshot[]) => classifyPage(snaps.map((s, i) => ({ ...s, id: `f${i}` })), none);
  const p = (label: string, section: string, id: string, lang = 'de', title = '') => snap({ label, sections: title ? [title, section] : [section], sectionIds: title ? ['t', id] : [id], lang });

  it('reads the parent of the child whose section is "Ihre Angaben" as the applicant and the other parent as the partner', () => {
    const birth = page(p('Vorname', 'Angaben zum Kind', 'k'), p('Familienname', 'Ihre Angaben (Mutter des Kindes)', 'm'), p('Familienname', 'Angaben zum Vater des Kindes', 'v'));
    expect(birth.map((c) => c.person)).toEqual(['child', 'applicant', 'partner']);
  });

  it('reads the person who died as the partner on a page about the death of the spouse, and a title naming a change or an application as no person', () => {
    const title = 'Changement de situation familiale : décès de votre conjoint';
    const caf = page(p('IBAN', 'Vos coordonnées bancaires', 'b', 'fr', title), p("Nom d'usage", 'La personne décédée', 'd', 'fr', title));
    expect(caf.map((c) => [c.key, c.person])).toEqual([['iban', 'applicant'], ['family-name', 'partner']]);
    expect(keyPerson({ label: 'Name on the account', lang: 'en', sections: ['Child Disability Payment application', 'Payment details'] })).toEqual(['account-holder', 'applicant']);
    expect(keyPerson({ label: 'Their full name', lang: 'en', sections: ['Child Disability Payment application', 'Professionals who know the child', 'Another professional (optional)'] })).toEqual(['full-name', 'other']);
  });

  it('reads where a child was born as its birth country, and how a nationality or a name is settled, a residence title and a place of death as no key', () => {
    expect(keyOf({ label: 'Staat, in dem das Kind geboren wurde' })).toBe('birth-country');
    expect(keyOf({ label: 'Staat, in dem Sie beschäftigt sind' })).toBeNull();
    expect(keyOf({ label: 'Das Kind hat die deutsche Staatsangehörigkeit erworben durch' })).toBeNull();
    expect(keyOf({ label: 'Der Geburtsname des Kindes soll sich richten nach' })).toBeNull();
    expect(keyOf({ label: 'gültig bis', name: 'aufenthalt.titelGueltigBis', words: 'aufenthalt titel gueltig bis' })).toBeNull();
    expect(keyOf({ label: 'Commune du décès', lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Telefon (mit internationaler Vorwahl)' })).toBe('tel');
    expect(keyOf({ label: 'Ort des letzten Wohnsitzes', sections: ['Anmeldung des Kindes bei der Meldebehörde'] })).toBeNull();
  });
});

describe('held-out sets 60 to 62: rules written from them', () => {
  it('reads a different account holder and an architect as someone else, and a heading "Vous concernant" as no role over the partner and the children', () => {
    expect(keyPerson({ label: 'Vorname', sections: ['Kraftfahrzeugsteuer: Änderung der Bankverbindung', '5 Abweichende Kontoinhaberin / abweichender Kontoinhaber'] })).toEqual(['given-name', 'other']);
    expect(keyPerson({ label: 'Telefon', sections: ['Bauantrag', '3. Entwurfsverfasserin / Entwurfsverfasser'] })).toEqual(['tel', 'other']);
    expect(keyPerson({ label: "Nom d'usage", lang: 'fr', words: 'conjoint nom usage conj nom usage', sections: ['Demander ma retraite personnelle', 'Vous concernant', 'Votre conjoint(e)'] })).toEqual(['family-name', 'partner']);
    expect(keyPerson({ labels: [{ source: 'column-header', text: 'Nom' }], lang: 'fr', sections: ['Demander ma retraite personnelle', 'Vous concernant', 'Vos enfants'] })).toEqual(['family-name', 'child']);
    expect(keyPerson({ label: 'Nom', lang: 'fr', sections: ["Vous, l'hébergeant"] })).toEqual(['family-name', 'applicant']);
  });

  it('reads an employer named with its "raison sociale" and a typed signature name, and not a relation, a course, a passport\'s country, a francised name or a building plot', () => {
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: 'Employeur (nom ou raison sociale)' }], lang: 'fr' })).toBe('employer');
    expect(keyOf({ label: 'Type your full name as your signature', lang: 'en' })).toBe('full-name');
    expect(keyOf({ label: 'Beziehung zur Fahrzeughalterin / zum Fahrzeughalter', words: 'kontoinhaber beziehung' })).toBeNull();
    expect(keyOf({ label: 'Course name', lang: 'en' })).toBeNull();
    expect(keyOf({ label: 'Country that issued the passport', lang: 'en', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    expect(keyOf({ label: 'Nom francisé souhaité', lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Straße', sections: ['Bauantrag', '5. Baugrundstück', 'Lage'] })).toBeNull();
  });

  it('reads the addresses of a workplace, of an établissement and every address lived at as no one\'s current address', () => {
    expect(keyOf({ label: 'Address of your workplace', lang: 'en' })).toBeNull();
    expect(keyOf({ label: 'Give every address you have lived at in the last 5 years, with the dates you lived there', lang: 'en', tag: 'textarea', type: 'textarea' })).toBeNull();
    expect(keyOf({ label: "Pays de l'établissement", lang: 'fr', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    const page = classifyPage([snap({ id: 'f0', label: "Adresse de l'établissement", lang: 'fr', sectionIds: ['e'], sections: ['Établissement'] }), snap({ id: 'f1', label: 'Code postal', lang: 'fr', sectionIds: ['e'], sections: ['Établissement'] })], none);
    expect(page.map((c) => c.key)).toEqual([null, null]);
  });
});

describe('held-out sets 64 to 66: rules written from them', () => {
  it('reads earlier jobs as none of the profile\'s, and the current job under "Berufserfahrung" as the occupation', () => {
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: '1 Arbeitgeber' }], sections: ['Antrag', 'Berufserfahrung', 'Frühere Berufstätigkeit'] })).toBeNull();
    expect(keyOf({ labels: [{ source: 'aria-label', text: 'Betrieb 1 ausgeübte Tätigkeit' }], sections: ['Zulassung zur Meisterprüfung', 'Berufstätigkeit nach der Gesellenprüfung'] })).toBeNull();
    expect(keyOf({ label: 'Employer name', lang: 'en', sections: ['Employment history'] })).toBeNull();
    expect(keyOf({ label: 'Derzeit ausgeübter Beruf', sections: ['Antrag', 'Berufserfahrung'] })).toBe('occupation');
    expect(keyOf({ label: 'Name des Ausbildungsbetriebs' })).toBe('employer');
  });

  it('reads an attestor and a confirming person as someone else, a passport\'s place of issue as its authority', () => {
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Full name' }], lang: 'en', sections: ['Register to vote', 'Details of the person confirming your identity (attestor)'] })).toEqual(['full-name', 'other']);
    expect(keyPerson({ label: 'Vorname der bestätigenden Person' })).toEqual(['given-name', 'other']);
    expect(keyOf({ label: "Place of issue As shown on your passport, for example 'HMPO'", lang: 'en', sections: ['Your British passport'] })).toBe('passport-issuing-authority');
  });

  it('reads a year, a citizenship\'s date and certificate, a name change\'s reason, a place of loss, a reference occupation and an earlier UK address as no key', () => {
    expect(keyOf({ label: 'In what year were you last registered at this address?', lang: 'en', name: 'lastRegistered-year', words: 'year last registered year' })).toBeNull();
    expect(keyOf({ label: 'Date you became a citizen', lang: 'en', words: 'date became citizen citizenship date' })).toBeNull();
    expect(keyOf({ label: 'Why did you change your name? For example, marriage or deed poll', lang: 'en', words: 'reason previous name reason' })).toBeNull();
    expect(keyOf({ label: 'Commune où la perte a eu lieu', lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Délivrée par (préfecture / sous-préfecture / mairie)', lang: 'fr' })).toBeNull();
    expect(keyOf({ label: 'Deutscher Beruf, mit dem Ihr Abschluss verglichen werden soll (Referenzberuf)' })).toBeNull();
    expect(keyOf({ label: 'Postcode', lang: 'en', sections: ['2. Your previous UK address'] })).toBeNull();
  });
});

describe('held-out sets 68 to 82: rules written from them', () => {
  const page = (...snaps: FieldSnapshot[]) => classifyPage(snaps.map((s, i) => ({ ...s, id: `f${i}` })), none);

  it('reads an own label that speaks to the filler over an identifier\'s role word, and the badge holder, an accountant, a witness and a further household member as someone else', () => {
    expect(keyPerson({ label: 'Your full name', lang: 'en', name: 'representative.fullName', words: 'representative full name', sections: ['Applying on behalf of someone else', '1. About you'] })).toEqual(['full-name', 'applicant']);
    expect(keyPerson({ label: 'Building and street', lang: 'en', words: 'rep address line 1', labels: [{ source: 'label-for', text: 'Building and street' }, { source: 'legend', text: 'Your address' }], name: 'representative.address.line1' })).toEqual(['street-address', 'applicant']);
    // A legend naming someone is not the filler's: "Your partner" stays the partner's.
    expect(keyPerson({ lang: 'en', words: 'representative name', labels: [{ source: 'label-for', text: 'Full name' }, { source: 'legend', text: 'Your partner' }] })).toEqual(['full-name', 'other']);
    expect(keyPerson({ label: 'Your full name', lang: 'en', words: 'representative name', sections: ['Apply for Carer’s Credit', 'If you are filling in this form for the carer'] })).toEqual(['full-name', 'other']);
    expect(keyPerson({ label: 'Their full name', lang: 'en', sections: ['Applying on behalf of someone else', '2. The badge holder'] })).toEqual(['full-name', 'other']);
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: "Accountant's full name" }], lang: 'en' })).toEqual(['full-name', 'other']);
    expect(keyPerson({ label: "Witness's full name", lang: 'en' })).toEqual(['full-name', 'other']);
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: '5 – weiteres Haushaltsmitglied Familienname' }] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ label: 'Nom et prénom', lang: 'fr', sections: ['Demande de logement social', 'Autre personne vivant au foyer (ascendant, personne à charge…)'] })).toEqual(['full-name', 'other']);
  });

  it('does not read the people of a hint that is an example from its first word', () => {
    const trade = { lang: 'en', labels: [{ source: 'label-for', text: 'What is your trade or profession?' }, { source: 'preceding-text', text: 'For example, plumber, hairdresser, software consultant' }] } satisfies SnapInput;
    expect(keyPerson(trade)).toEqual(['occupation', 'applicant']);
  });

  it('counts "Person 2" after a role word, and letters A and B in English only', () => {
    const guardians = page(
      snap({ labels: [{ source: 'aria-label', text: 'Familienname Erziehungsberechtigte Person 1' }], sections: ['Schülerbeförderung', 'Erziehungsberechtigte Person 1'], sectionIds: ['e1'] }),
      snap({ labels: [{ source: 'aria-label', text: 'Familienname Erziehungsberechtigte Person 2' }], sections: ['Schülerbeförderung', 'Erziehungsberechtigte Person 2'], sectionIds: ['e2'] }),
      snap({ label: 'Familienname', sections: ['Schülerbeförderung', 'Angaben zum Kind'], sectionIds: ['k'] }),
    );
    expect(guardians.map((c) => c.person)).toEqual(['applicant', 'partner', 'child']);
    const irish = page(
      snap({ lang: 'en', labels: [{ source: 'aria-labelledby', text: 'Guardian A (you) Surname' }], sections: ['Passport for a child', 'Details of guardians'], sectionIds: ['g'] }),
      snap({ lang: 'en', labels: [{ source: 'aria-labelledby', text: 'Guardian B Surname' }], sections: ['Passport for a child', 'Details of guardians'], sectionIds: ['g'] }),
      snap({ lang: 'en', label: 'Surname', sections: ['Passport for a child', 'About the child'], sectionIds: ['c'] }),
    );
    expect(irish.map((c) => c.person)).toEqual(['applicant', 'partner', 'child']);
    // "à" is "a" once normalised: "Enfant à charge" counts no child.
    const found = classifyField(snap({ lang: 'fr', label: 'Nom', sections: ['Enfant à charge'] }), none).person;
    expect(found.number).toBeUndefined();
  });

  it('keeps a minor named as the applicant the applicant, and their guardians someone else', () => {
    const visa = page(
      snap({ lang: 'fr', label: 'Nom', sections: ['Demande de visa de long séjour', 'Le demandeur (mineur)'], sectionIds: ['m'] }),
      snap({ lang: 'fr', labels: [{ source: 'aria-labelledby', text: 'Représentant légal 1 Nom' }], sections: ['Demande de visa de long séjour', 'Autorité parentale / tuteur légal'], sectionIds: ['r'] }),
    );
    expect(visa.map((c) => [c.key, c.person])).toEqual([['family-name', 'applicant'], ['family-name', 'other']]);
    const school = page(
      snap({ lang: 'fr', label: 'Nom', sections: ['Inscription scolaire', "L'élève"], sectionIds: ['m'] }),
      snap({ lang: 'fr', labels: [{ source: 'aria-labelledby', text: 'Responsable légal 1 Nom' }], sections: ['Inscription scolaire', 'Responsables légaux'], sectionIds: ['r'] }),
    );
    expect(school.map((c) => c.person)).toEqual(['child', 'applicant']);
  });

  it('reads a document\'s dates inside a section on another document, an Irish PPS number and Eircode, a birth surname and a changed name', () => {
    const sections = ["Demande d'échange d'un permis de conduire étranger", 'Votre passeport', 'Votre titre de séjour'];
    expect(keyOf({ lang: 'fr', label: 'Date de fin de validité', sections })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Date de fin de validité', sections: sections.slice(0, 2) })).toBe('passport-expiry-date');
    expect(keyOf({ lang: 'fr', label: 'Préfecture de délivrance', sections })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Personal Public Service Number (PPSN)' })).toBe('social-security-number');
    expect(keyOf({ lang: 'en', labels: [{ source: 'aria-labelledby', text: 'Child 1 PPS Number' }] })).toBe('social-security-number');
    expect(keyOf({ lang: 'en', label: 'Eircode' })).toBe('postal-code');
    expect(keyOf({ lang: 'en', label: 'What is your birth surname, if different?' })).toBe('birth-name');
    expect(keyOf({ lang: 'en', label: 'If your last name has changed in the last 5 years, what was it?' })).toBe('former-names');
  });

  it('reads a name and an address in one box, a maintenance title, a PAYE reference, a county of birth, how a citizenship came and dates of a status as no key', () => {
    expect(keyOf({ label: 'Name und Anschrift des Vermieters / der Hausverwaltung', tag: 'textarea', type: 'textarea' })).toBeNull();
    expect(keyOf({ label: 'Arbeitgeber (Name und Anschrift)' })).toBe('employer');
    expect(keyOf({ lang: 'fr', label: "Nom et adresse de la maison d'assistants maternels" })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Name of firm' })).toBeNull();
    expect(keyOf({ label: 'Monatlicher Unterhaltsbetrag laut Titel in €' })).toBeNull();
    expect(keyOf({ label: 'Akademischer Titel' })).toBe('academic-title');
    expect(keyOf({ lang: 'en', label: 'Employer PAYE reference (optional)' })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'County of birth (if born in Ireland)' })).toBeNull();
    expect(keyOf({ lang: 'en', type: 'radio', labels: [{ source: 'label-wrap', text: 'Born on the island of Ireland' }, { source: 'group', text: 'How is the child an Irish citizen?' }], name: 'Child.CitizenshipBasis' })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Since what date?', name: 'Applicant.CivilStatusDate', words: 'civil status date applicant civil status date' })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Date the child became part of your family', words: 'date joined family children 0 date joined family' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Commune de cette école' })).toBeNull();
    expect(keyOf({ label: 'Kranken- bzw. Pflegekasse' })).toBe('health-insurer');
  });

  it('reads a partner\'s other surnames, and an organisation\'s name, a wedding\'s place, another country visited, profits and taxable sums as no key', () => {
    expect(keyOf({ lang: 'en', label: 'Other surnames or family names your partner has been known by (optional)' })).toBe('former-names');
    expect(keyOf({ label: 'Name des Vereins / Anbieters' })).toBeNull();
    expect(keyOf({ label: 'Gewünschter Trauort' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Autre pays visité (facultatif)', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    expect(keyOf({ labels: [{ source: 'placeholder', text: '0,00 €' }, { source: 'preceding-text', text: 'Gewinn aus selbständiger Tätigkeit (Gewerbebetrieb)' }] })).toBeNull();
    expect(keyOf({ lang: 'en', labels: [{ source: 'aria-label', text: 'Parent 1 – Taxable pensions (State, occupational and personal)' }] })).toBeNull();
    expect(keyOf({ lang: 'en', labels: [{ source: 'aria-label', text: 'Parent 1 – Personal pension contributions not paid through your employer' }] })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'depuis le', name: 'dateSituation', words: 'date situation familiale date situation' })).toBeNull();
  });

  it('keeps the guardians of a section "for minors" someone else on an adult\'s visa with a child on it, and an applicant\'s parent 2 under "Filiation" their parent', () => {
    const visa = page(
      snap({ lang: 'fr', label: 'Nom', sections: ['Demande de visa de court séjour', 'Votre identité'], sectionIds: ['a'] }),
      snap({ lang: 'fr', label: 'Nom', words: 'autorite parentale nom ap nom', labels: [{ source: 'label-for', text: 'Nom' }, { source: 'legend', text: 'Pour les mineurs : autorité parentale / tuteur légal' }], sections: ['Demande de visa de court séjour', 'Votre identité', 'Pour les mineurs : autorité parentale / tuteur légal'], sectionIds: ['a', 'g'] }),
      snap({ lang: 'fr', label: "Nom de l'enfant", sections: ['Demande de visa de court séjour', 'Enfants qui vous accompagnent'], sectionIds: ['c'] }),
    );
    expect(visa.map((c) => c.person)).toEqual(['applicant', 'other', 'child']);
    expect(keyPerson({ lang: 'de', label: 'Familienname', sections: ['Antrag auf Schengen-Visum', '10. Bei Minderjährigen: Inhaber der elterlichen Sorge / Vormund'] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ lang: 'fr', labels: [{ source: 'aria-labelledby', text: 'Nom de naissance Parent 2 (père ou mère)' }], sections: ['Pré-demande de carte nationale d\'identité', '5. Filiation'] })).toEqual(['birth-name', 'other']);
  });

  it('reads a passport number "or travel document reference number" as the passport number, and sums paid and a ground of nationality as no key', () => {
    expect(keyOf({ lang: 'en', label: 'Passport number or travel document reference number' })).toBe('passport-number');
    expect(keyOf({ lang: 'fr', label: "Sommes versées pour l'emploi d'un salarié à domicile 7DB" })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'À quel titre êtes-vous Français(e) ?', words: 'ground nationality ground' })).toBeNull();
  });
});

describe('held-out sets 84 to 88: rules written from them', () => {
  const classifyHtml = (body: string, lang: string) => {
    const url = 'https://forms.example.org/antrag';
    const doc = new JSDOM(`<!doctype html><html lang="${lang}"><body><form>${body}</form></body></html>`, { url }).window.document;
    const { report } = analysePage(doc, url);
    return report.classifications.map((c) => `${c.key}/${c.person}`);
  };

  it('reads a grid whose columns are the two spouses and whose rows are the questions, and no row header where the first cell holds a control', () => {
    const spouses = `<table><thead><tr><th>Zeile</th><th>Ehemann / Person A</th><th>Ehefrau / Person B</th></tr></thead><tbody>
      <tr><th scope="row">Steuerliche Identifikationsnummer</th><td><input name="j_idt112:0:input"></td><td><input name="j_idt112:1:input"></td></tr>
      <tr><th scope="row">Vorname</th><td><input name="j_idt124:0:input"></td><td><input name="j_idt124:1:input"></td></tr>
      <tr><th scope="row">Ausgeübter Beruf</th><td><input name="j_idt142:0:input"></td><td><input name="j_idt142:1:input"></td></tr>
    </tbody></table>`;
    expect(classifyHtml(spouses, 'de')).toEqual(['tax-id/applicant', 'tax-id/partner', 'given-name/applicant', 'given-name/partner', 'occupation/applicant', 'occupation/partner']);
    // Columns that are questions, one row per person: the cell before is a control, not a row header.
    const pickup = `<table><thead><tr><th>Nom</th><th>Prénom</th><th>Lien avec l'enfant</th><th>Téléphone</th></tr></thead><tbody>
      <tr><td><input name="p[1].nom"></td><td><input name="p[1].prenom"></td><td><input name="p[1].lien" placeholder="ex. : grand-mère"></td><td><input type="tel" name="p[1].tel"></td></tr>
    </tbody></table>`;
    expect(classifyHtml(pickup, 'fr')[2]).toMatch(/^null\//);
  });

  it('reads a partner\'s "other names in full" beside their surname as their given names, and "other names they have been known by" as former names', () => {
    const dwp = `<h2>About your partner</h2><label for="s">Partner's surname</label><input id="s">
      <label for="o">Partner's other names in full</label><input id="o">
      <label for="k">Other names they have been known by</label><input id="k">`;
    expect(classifyHtml(dwp, 'en')).toEqual(['family-name/partner', 'given-name/partner', 'former-names/partner']);
  });

  it('reads the one authorised to collect, a helper and an adviser as someone else, and a bare "Ort" under "Unterschriften" as no key', () => {
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Familienname' }], sections: ['Antrag auf Erteilung eines Wahlscheins', '5. Vollmacht zur Abholung'] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ labels: [{ source: 'preceding-text', text: 'Vor- und Familienname der Hilfsperson' }] })).toEqual(['full-name', 'other']);
    expect(keyPerson({ label: 'Telefon', type: 'tel', sections: ['Antrag auf Steuerklassenwechsel', 'Mitwirkung'] })).toEqual(['tel', 'other']);
    expect(keyOf({ label: 'Ort', sections: ['Antrag auf Steuerklassenwechsel', 'C. Unterschriften'] })).toBeNull();
  });

  it('cuts a French hint "ex. :" or "Format attendu :" off a label, but not the "ex" of an ex-spouse', () => {
    expect(keyOf({ lang: 'fr', label: "Adresse électronique Format attendu : nom@domaine.fr. Vous y recevrez votre référence d'enregistrement.", type: 'email' })).toBe('email');
    expect(keyOf({ lang: 'fr', label: 'Numéro ex. : 12 bis', sections: ['Adresse de votre domicile'] })).toBe('house-number');
    expect(keyPerson({ lang: 'fr', label: "Nom de l'ex-conjoint" })).toEqual(['family-name', 'partner']);
  });

  it('reads where one votes or married, the country of a university, a certificate of nationality, a start of work and a marital status\'s date as no key', () => {
    expect(keyOf({ lang: 'fr', label: 'Commune de vote' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Département de votre commune de vote' })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Country where you married or registered your civil partnership', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    expect(keyOf({ label: 'Staat der Hochschule', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    expect(keyOf({ lang: 'fr', type: 'radio', labels: [{ source: 'label-for', text: 'pour vous-même' }, { source: 'group', text: 'Vous demandez un certificat de nationalité française' }] })).toBeNull();
    expect(keyOf({ lang: 'fr', labels: [{ source: 'aria-label', text: 'Situation familiale depuis le' }] })).toBeNull();
    expect(keyOf({ label: 'Beginn der Au-pair-Tätigkeit laut Vertrag' })).toBeNull();
    expect(keyOf({ label: 'Vorname(n) der Ansprechperson (Gastmutter / Gastvater)' })).toBe('given-name');
    expect(keyOf({ label: 'Ansprechperson beim Arbeitgeber (Vor- und Nachname)' })).toBe('full-name');
  });
});

describe('held-out sets 90 to 94: rules written from them', () => {
  it('reads the other party, further dependants, the person a civil-status entry is about and a family member named as the applicant', () => {
    expect(keyPerson({ label: 'Straße, Hausnummer', sections: ['Antrag auf Beratungshilfe', 'Angelegenheit', 'Gegner / Gegenseite'] })).toEqual(['street-address', 'other']);
    expect(keyPerson({ labels: [{ source: 'aria-label', text: 'Sonstiger Angehöriger – Geburtsdatum' }] })).toEqual(['bday', 'other']);
    expect(keyPerson({ labels: [{ source: 'aria-labelledby', text: 'Geburtsort' }], sections: ['Antrag auf Ausstellung einer Personenstandsurkunde', '4. Angaben zur Person, auf die sich der Eintrag bezieht'] })).toEqual(['birth-place', 'other']);
    expect(keyPerson({ label: 'Straße', sections: ['Antrag auf Ausstellung einer Aufenthaltskarte', '1. Angaben zur antragstellenden Person (Familienangehörige/r)', 'Anschrift in Deutschland (Hauptwohnung)'] })).toEqual(['street', 'applicant']);
    expect(keyPerson({ label: 'Familienname', sections: ['Antrag auf Ausstellung einer Aufenthaltskarte', '3. Angaben zur Unionsbürgerin / zum Unionsbürger'] })).toEqual(['family-name', 'other']);
  });

  it('reads a requested new name, an issuing state, how a spouse became French, a place of marriage, a bus stop and a job code as no key', () => {
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: 'beantragter neuer Name Familienname' }] })).toBeNull();
    expect(keyOf({ label: 'Ausstellungsstaat', name: 'pass_staat', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    expect(keyOf({ lang: 'fr', type: 'radio', labels: [{ source: 'label-wrap', text: 'par acquisition (naturalisation, réintégration, déclaration)' }, { source: 'group', text: 'Votre conjoint est français(e)' }], name: 'nationaliteOrigineConjFr' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: "Si acquisition, date d'acquisition de la nationalité française" })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Pays du mariage', options: COUNTRIES, tag: 'select', type: 'select-one' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Prénom(s) francisé(s) ou prénom français souhaité(s)' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Mairie de votre domicile à laquelle la demande est adressée' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Commune de montée' })).toBeNull();
    expect(keyOf({ lang: 'fr', label: "Département de l'établissement" })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Occupation code' })).toBeNull();
    expect(keyOf({ lang: 'en', label: "Employer's registered number (if known)" })).toBeNull();
  });

  it('reads a birth name and first names in one box as the full name', () => {
    expect(keyPerson({ lang: 'fr', label: 'Nom de naissance et prénom(s) de votre mère' })).toEqual(['full-name', 'other']);
    expect(keyOf({ lang: 'fr', label: 'Nom de naissance' })).toBe('birth-name');
  });
});

describe('held-out sets 96 and 98: rules written from them', () => {
  it('reads schools attended abroad and an office\'s Land as no address, a representative and an opponent as someone else', () => {
    expect(keyOf({ labels: [{ source: 'column-header', text: 'Staat' }], options: COUNTRIES, tag: 'select', type: 'select-one', sections: ['Antrag auf Anerkennung einer ausländischen Schulbildung', '2. Schulbesuch im Ausland'] })).toBeNull();
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: 'Bundesland der Stelle' }] })).toBeNull();
    expect(keyPerson({ label: 'Familienname', sections: ['Antrag auf Anerkennung einer ausländischen Schulbildung', '5. Vertretung'] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ lang: 'en', labels: [{ source: 'aria-label', text: "Opponent's date of birth (if known)" }] })).toEqual(['bday', 'other']);
  });

  it('reads values, money in accounts and state benefits as amounts, a usage name explained as a spouse\'s name as one\'s own, an employer\'s name and address as the employer', () => {
    expect(keyOf({ lang: 'en', label: 'Current market value of the property or land (€)' })).toBeNull();
    expect(keyOf({ lang: 'en', labels: [{ source: 'preceding-text', text: 'Money in bank and building society accounts' }] })).toBeNull();
    expect(keyOf({ lang: 'en', labels: [{ source: 'preceding-text', text: 'State benefits (not passported)' }] })).toBeNull();
    expect(keyPerson({ lang: 'fr', labels: [{ source: 'label-wrap', text: "Nom d'usage (nom de votre époux·se)" }] })).toEqual(['family-name', 'applicant']);
    expect(keyOf({ lang: 'fr', labels: [{ source: 'preceding-text', text: "Nom et adresse de l'employeur" }] })).toBe('employer');
    expect(keyOf({ labels: [{ source: 'aria-labelledby', text: 'Tätigkeit befristet bis (TT.MM.JJJJ) Elternteil 1' }] })).toBeNull();
    expect(keyOf({ label: 'Gewünschte Einrichtung / Tagespflegeperson (falls bekannt)', name: 'kita_name', words: 'einrichtung name kita name' })).toBeNull();
    expect(keyOf({ label: 'Nachname der Tagespflegeperson' })).toBe('family-name');
  });
});

describe('held-out sets 100 and 102: rules written from them', () => {
  it('reads a house name or number as the house number, and a current address under "Address and address history" as the address', () => {
    expect(keyOf({ lang: 'en', label: 'House name or number' })).toBe('house-number');
    expect(keyOf({ lang: 'en', label: "Landlord's address (house number and street)" })).toBe('street-address');
    expect(keyOf({ lang: 'en', label: 'Flat, building or estate (optional)', sections: ['Apply for a Freedom Pass', '2. Address and address history'] })).toBe('address-suffix');
    expect(keyOf({ lang: 'en', label: 'Street', sections: ['Apply for a Freedom Pass', 'Previous address'] })).toBeNull();
  });

  it('reads a social worker as someone else, and a date of effect, a residence permit\'s number, a mairie\'s département and a time at an address as no key', () => {
    expect(keyPerson({ lang: 'fr', labels: [{ source: 'preceding-text', text: "Nom du travailleur social ou de l'intervenant qui vous accompagne" }] })[1]).toBe('other');
    expect(keyOf({ lang: 'fr', labels: [{ source: 'preceding-text', text: "Date d'effet de l'élection de domicile" }] })).toBeNull();
    expect(keyOf({ lang: 'fr', labels: [{ source: 'preceding-text', text: 'Si vous êtes de nationalité étrangère hors UE : n° du titre de séjour' }] })).toBeNull();
    expect(keyOf({ lang: 'fr', label: 'Département de la mairie où vous déposerez le dossier' })).toBeNull();
    expect(keyOf({ lang: 'en', label: 'Years', name: 'timeAtAddress.years', words: 'time at address years', labels: [{ source: 'label-for', text: 'Years' }, { source: 'legend', text: 'How long have you lived at this address?' }] })).toBeNull();
    expect(keyOf({ label: 'Ansprechperson beim Arbeitgeber (Vor- und Familienname)' })).toBe('full-name');
  });
});

describe('held-out set 104: rules written from it', () => {
  it('reads an offender and a person "not identical with the applicant" as someone else, and a scene of a crime as no address', () => {
    expect(keyPerson({ label: 'Familienname der geschädigten Person', sections: ['Antrag auf Leistungen der Sozialen Entschädigung', '2. Geschädigte Person (nur ausfüllen, wenn nicht identisch mit der antragstellenden Person, z. B. bei Hinterbliebenen)'] })).toEqual(['family-name', 'other']);
    expect(keyPerson({ label: 'Familienname', sections: ['Antrag auf Leistungen der Sozialen Entschädigung', '1. Angaben zur antragstellenden Person'] })).toEqual(['family-name', 'applicant']);
    expect(keyPerson({ label: 'Postleitzahl', sections: ['Antrag auf Leistungen der Sozialen Entschädigung', '5. Angaben zur Täterin / zum Täter (soweit bekannt)'] })).toEqual(['postal-code', 'other']);
    expect(keyOf({ label: 'Tatort: Ort / Gemeinde' })).toBeNull();
  });
});

describe('held-out set 106: rules written from it', () => {
  const classifyHtml = (body: string, lang: string) => {
    const url = 'https://forms.example.org/antrag';
    const doc = new JSDOM(`<!doctype html><html lang="${lang}"><body><form>${body}</form></body></html>`, { url }).window.document;
    return analysePage(doc, url).report.classifications.map((c) => `${c.key}/${c.person}`);
  };

  it('reads a grid whose columns are "Person 1" … "Person 4" by its row headers, the further persons someone else', () => {
    const grid = `<table><thead><tr><th></th><th>Person 1</th><th>Person 2</th><th>Person 3</th></tr></thead><tbody>
      <tr><th scope="row">Familienname</th><td><input name="a:1"></td><td><input name="a:2"></td><td><input name="a:3"></td></tr>
      <tr><th scope="row">Geburtsort</th><td><input name="b:1"></td><td><input name="b:2"></td><td><input name="b:3"></td></tr>
    </tbody></table>`;
    expect(classifyHtml(grid, 'de')).toEqual(['family-name/applicant', 'family-name/other', 'family-name/other', 'birth-place/applicant', 'birth-place/other', 'birth-place/other']);
  });

  it('reads the first and last names of a previous name as former names, and which parent one claims through as no key', () => {
    const sections = ['Apply for your first adult passport', 'Previous names', 'Previous name 1'];
    expect(keyOf({ lang: 'en', label: 'First names', sections })).toBe('former-names');
    expect(keyOf({ lang: 'en', label: 'Last name', sections })).toBe('former-names');
    expect(keyOf({ lang: 'en', label: 'First names', sections: ['Apply for your first adult passport', 'What is your name?'] })).toBe('given-name');
    expect(keyOf({ lang: 'en', type: 'radio', labels: [{ source: 'label-for', text: 'Parent 1' }, { source: 'group', text: 'Which parent are you claiming British nationality through?' }], name: 'grandparentsSide' })).toBeNull();
  });

  it('does not read "pass" before a passport\'s parts as a password', () => {
    const attrOnly = (name: string) => classifyField(snap({ name, words: name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() }), none).classification.reason;
    expect(attrOnly('passDelivrance')).not.toMatch(/password/);
    expect(attrOnly('pass')).toMatch(/password/);
  });
});
