// classifyField: one snapshot → key, person, source, confidence (ARCHITECTURE: classify).
// Fixed precedence: portal rule > autocomplete token > input type > label heuristics > option traits.
// A later rung never changes what an earlier one decided, with one exception kept on purpose:
// a negative label rule (key null: "Telefonnummer des Arbeitgebers", "E-Mail oder Benutzername")
// may still veto an input-type guess, because precision comes first and a null never fills wrongly.
import type { FieldKey } from '../fields/keys';
import type { Classification, ClassificationSource, FieldSnapshot, LabelSource } from '../fields/snapshot';
import type { PortalDefinition } from '../portals/types';
import { identifierWords, normalizeText, remembered, withoutExample } from '../detect/words';
import { autocompleteKey } from './autocomplete';
import { datePart, isBareDatePart, isBirthContext } from './dates';
import { earlierNamesSection, outOfScope, personPlace } from './scope';
import { matchText, sourceOf, type CompiledRule } from './match';
import { optionTrait, type OptionTrait } from './options';
import { detectPerson, namesPerson, type PersonFinding } from './persons';
import { portalRuleFor } from './portal-rules';

export interface ClassifyContext {
  portal: PortalDefinition | null;
  /** The current year (option lists of birth years vs card expiry years); passed in to stay pure. */
  year: number;
}

/** What the page pass (page.ts) needs besides the classification itself. */
export interface FieldDecision {
  classification: Classification;
  person: PersonFinding;
  /** The rule and text that decided, when a label rule did. */
  rule?: CompiledRule;
  text?: string;
  from?: LabelSource | 'attribute';
  /** A portal rule named the person: the page passes leave it as it is. */
  personFixed?: boolean;
}

// Label routes in the order they are trusted (HTML-AAM accessible name first, then hints and
// surroundings). Radios read the group's label: their own label is the choice ("männlich").
const FIELD_ROUTES: LabelSource[] = ['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'column-header', 'group', 'preceding-text'];
const CHOICE_ROUTES: LabelSource[] = ['group'];
const CONFIDENCE: Partial<Record<LabelSource | 'attribute', number>> = {
  'label-for': 0.9, 'label-wrap': 0.85, 'aria-labelledby': 0.9, 'aria-label': 0.85, 'placeholder': 0.8, 'title': 0.75,
  'column-header': 0.75, 'group': 0.75, 'preceding-text': 0.7, 'attribute': 0.7,
};
/** Texts longer than this are instructions or consent text, not a label. */
const MAX_LABEL = 120;
/** Keys a radio group can carry: a choice among fixed values. */
const CHOICE_KEYS = new Set<FieldKey>(['sex', 'honorific-prefix', 'marital-status', 'religion', 'academic-title', 'nationality']);
/** Keys a second control may take from the first one's label: split dates, and email typed twice (pairs are handled apart). */
const SHAREABLE = new Set<FieldKey>(['bday', 'bday-day', 'bday-month', 'bday-year', 'email']);
const OWN_LABEL = new Set<LabelSource>(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'column-header', 'group']);
const SELF_EXPLAINING = new Set<OptionTrait>(['sex', 'honorific', 'marital']);
const NOT_OURS_TYPES = new Set(['search', 'url', 'color', 'range', 'month', 'week', 'time', 'datetime-local']);
/** What an input of type date can hold. */
const DATE_KEYS = new Set<FieldKey>(['bday', 'passport-issue-date', 'passport-expiry-date']);
/**
 * Short coded values (numbers, codes, dates, one word): nobody is asked for them in a multi-line
 * box. A textarea read as one of them is read wrongly: "fld_cp_08" is the certificate provider's
 * description, not a code postal (lasting power of attorney, held-out set 24).
 */
const CODED_KEYS = new Set<FieldKey>([
  'postal-code', 'house-number', 'bday', 'bday-day', 'bday-month', 'bday-year', 'passport-issue-date', 'passport-expiry-date',
  'tax-id', 'tax-number', 'social-security-number', 'iban', 'bic', 'id-card-number', 'passport-number', 'health-insurance-number',
  'tel', 'email', 'sex', 'marital-status', 'honorific-prefix', 'academic-title',
]);

/** What a list of countries can hold: "Délivré par (pays)" over one is not an issuing authority (France-Visas, held-out set 38). */
const COUNTRY_KEYS = new Set<FieldKey>(['country', 'nationality', 'birth-country']);

const TRAIT_KEY: Partial<Record<OptionTrait, FieldKey>> = {
  'sex': 'sex', 'honorific': 'honorific-prefix', 'marital': 'marital-status', 'country': 'country', 'nationality': 'nationality', 'us-state': 'region',
};

function isGrouped(s: FieldSnapshot): boolean {
  return s.type === 'radio' || (s.type === 'checkbox' && s.options.length > 1);
}

/**
 * Documents other than a passport: a section naming one ("Votre titre de séjour" under "Votre
 * passeport", held-out set 69) is where the context stops; the sections around it are not read.
 */
const OTHER_DOCUMENT = /\btitre de sejour\b|\bpermis de conduire\b|\bcarte (nationale )?d identite\b|\baufenthalts ?(titel|erlaubnis|karte)\b|\bfuehrerschein\b|\bpersonalausweis\b|\bresidence (permit|card)\b|\bdriving licen[cs]e\b|\bidentity card\b/;

/** What a rule's context is read in: sections, labels and the identifier's words ("passportIssueDate" under "Identity documents", DBS, held-out set 28). */
function contextText(s: FieldSnapshot): string {
  let first = 0;
  for (let i = s.sections.length - 1; i > 0; i--) {
    if (OTHER_DOCUMENT.test(normalizeText(s.sections[i] ?? ''))) {
      first = i;
      break;
    }
  }
  return normalizeText([...s.sections.slice(first), ...s.labels.map((l) => l.text), s.words ?? ''].join(' | '));
}

interface LabelDecision {
  key: FieldKey | null;
  rule: CompiledRule;
  text: string;
  from: LabelSource | 'attribute';
  ambiguous: boolean;
}

/** Separators of a structured identifier: "dernierEmployeur.siret", "address[moved][day]", "j_idt92:stPlz", "ctl00$Main$Name". */
const PATH = /[.[\]:$/]+/;
/** Trailing segments that say nothing of the field: an index, a framework's value holder. */
const FILLER = /^(\d+|value|val|input|field|text|txt|data)$/i;

/** Last segments that need the one before them to mean anything: "phone.number", "reisepass.nr", "bank.name". */
const TAIL = /^(number|nummer|numero|num|nr|no|name|code|id|type|art)$/i;

/**
 * The field's own part of an identifier: its last segment (with the one before it when the last
 * is a bare "number" or "name"); the segments before it name a record or a section. Remembered:
 * forms repeat their identifiers' shapes, and pages are analysed again on every change.
 */
const fieldPart = remembered((identifier: string): string => {
  const parts = identifier.split(PATH).filter((p) => p && !FILLER.test(p));
  const last = parts[parts.length - 1] ?? '';
  return TAIL.test(last) && parts.length > 1 ? `${parts[parts.length - 2]} ${last}` : last;
});

/**
 * The key the name and id attributes give. A structured identifier gives its key by its last
 * segment ("dernierEmployeur.siret" is a SIRET, not the employer; "address[moved][day]" a day,
 * not an address): the segments before it say whose record the field belongs to, which person
 * detection reads from the whole words.
 */
function byAttributes(s: FieldSnapshot, ctx: () => string): LabelDecision | null {
  if (!s.words) return null;
  const words = PATH.test(s.name) || PATH.test(s.htmlId) ? identifierWords(fieldPart(s.name), fieldPart(s.htmlId)) : s.words;
  if (!words) return null;
  const m = matchText(words, 'attr', ctx, s.lang);
  return m ? { key: m.rule.key, rule: m.rule, text: words, from: 'attribute', ambiguous: false } : null;
}

/** Name keys that a section on names used before makes former names (scope.ts earlierNamesSection). */
const NAME_PARTS = new Set<FieldKey>(['given-name', 'family-name', 'full-name']);

/** A column header that only numbers a person ("Person 2" of the Berlin Abmeldung, held-out set 106). */
const NUMBERED_PERSON = /^(person|personne) \d{1,2}$/;

/** A control under a grid's column header that names a person, in a row with a header: the columns are people, the rows questions. */
function personColumn(s: FieldSnapshot): boolean {
  if (!s.rowHeader) return false;
  for (const label of s.labels) {
    if (label.source === 'column-header') return namesPerson(label.text, s.lang) || NUMBERED_PERSON.test(normalizeText(label.text));
  }
  return false;
}

/** The key a field's labels (else its identifier) give, whatever its autocomplete token says. */
export function labelKeyOf(s: FieldSnapshot): FieldKey | null {
  return byLabels(s)?.key ?? null;
}

function byLabels(s: FieldSnapshot): LabelDecision | null {
  let context: string | null = null;
  const ctx = () => (context ??= contextText(s));
  const grouped = isGrouped(s);
  for (const route of grouped ? CHOICE_ROUTES : FIELD_ROUTES) {
    for (const label of s.labels) {
      if (label.source !== route) continue;
      const text = withoutExample(normalizeText(label.text));
      if (text.length > MAX_LABEL) continue;
      const m = matchText(text, 'label', ctx, s.lang);
      if (!m) continue;
      // The label of the control before (a cluster without text between) counts only for the
      // second half of a two-field label and for split dates; otherwise read on.
      // In a grid whose columns are persons ("Ehemann / Person A | Ehefrau / Person B"), the row's
      // header before the first column names the question for every column (held-out set 84).
      if (route === 'group' && !grouped && !m.rule.pair && !(m.rule.key && SHAREABLE.has(m.rule.key)) && !personColumn(s)) continue;
      const decision: LabelDecision = { key: m.ambiguous ? null : m.rule.key, rule: m.rule, text, from: route, ambiguous: m.ambiguous };
      // A bare "Name" or "Address" says less than an attribute naming a narrower key ("reenter_email").
      if (m.rule.generic || (m.rule.key && m.rule.priority < 50)) {
        const attr = byAttributes(s, ctx);
        if (attr?.key && attr.key !== m.rule.key && attr.rule.priority > m.rule.priority && !attr.rule.generic) return attr;
      }
      return decision;
    }
  }
  return byAttributes(s, ctx);
}

export function classifyField(snapshot: FieldSnapshot, ctx: ClassifyContext): FieldDecision {
  // Snapshots from collect carry their attribute words; hand-made ones get them here.
  const s = snapshot.words === undefined ? { ...snapshot, words: identifierWords(snapshot.name, snapshot.htmlId) } : snapshot;
  const person = detectPerson(s);
  const decide = (key: FieldKey | null, source: ClassificationSource, confidence: number, reason: string, extra?: LabelExtra): FieldDecision =>
    decision(s.id, person, key, source, confidence, reason, extra);

  const portalRule = portalRuleFor(ctx.portal, s);
  if (portalRule) {
    const d = decide(portalRule.key, 'portal-rule', 1, `portal rule "${portalRule.field}": ${portalRule.why}`);
    d.classification.portalField = portalRule.field;
    if (portalRule.person) {
      d.classification.person = portalRule.person;
      d.personFixed = true;
    }
    return d;
  }

  const ac = autocompleteKey(s.autocomplete);
  if (ac) {
    // "name" on each of a first-name and a last-name box (porkbun.com): the label narrows the token
    // to a part of the name, which is still the name the token promised.
    if (ac.key === 'full-name') {
      const narrower = byLabels(s);
      if (narrower && (narrower.key === 'given-name' || narrower.key === 'family-name') && !narrower.ambiguous) {
        return decide(narrower.key, 'autocomplete', 0.9, `autocomplete token "name", narrowed by ${narrower.from} "${narrower.text}"`);
      }
    }
    return decide(ac.key, 'autocomplete', 0.95, `autocomplete token "${ac.token}"`);
  }

  if (s.type === 'checkbox' && s.options.length < 2) return decide(null, 'input-type', 0.9, 'a single checkbox is a consent or a yes/no choice');
  if (NOT_OURS_TYPES.has(s.type)) return decide(null, 'input-type', 0.9, `input type "${s.type}" holds no profile value`);

  const label = byLabels(s);
  const trait = optionTrait(s.options, ctx.year);
  if (s.type === 'email' || s.type === 'tel') {
    const typeKey: FieldKey = s.type;
    // Only the field's own label may veto type=email (text around it is too loose). A tel input is
    // weaker evidence: shops use it as a number pad for card numbers, codes and postcodes, so any
    // label, text or name attribute that reads otherwise vetoes it.
    const own = label !== null && label.from !== 'group' && (s.type === 'tel' || OWN_LABEL.has(label.from as LabelSource));
    const vetoed = own && (label.key === null || (s.type === 'tel' && label.key !== typeKey));
    const out = vetoed ? null : outOfScope(s, typeKey, undefined, personPlace(s, person));
    if (out) return decide(null, 'input-type', 0.8, `input type "${s.type}", under "${out.text}": ${out.why}`);
    if (!vetoed) return decide(typeKey, 'input-type', 0.9, `input type "${s.type}"`);
  }

  if (label) {
    const source: ClassificationSource = label.from === 'attribute' ? 'name-attribute' : 'label';
    const confidence = CONFIDENCE[label.from] ?? 0.6;
    const why = `${label.from} "${label.text}"`;
    const extra = { rule: label.rule, text: label.text, from: label.from };
    if (label.ambiguous) return decide(null, source, confidence, `${why} offers alternatives that mean different things`, extra);
    if (label.key === null) return decide(null, source, confidence, `${why} is none of ours (${sourceOf(label.rule, label.text)})`, extra);
    let key: FieldKey = label.key;
    if (key === 'region' && trait === 'country') key = 'country';
    if ((trait === 'country' || trait === 'nationality') && !COUNTRY_KEYS.has(key)) return decide(null, 'options', 0.8, `${why}, but the choices are countries`, extra);
    if (trait === 'yes-no' || (trait === 'dial-code' && key !== 'country') || trait === 'future-year') return decide(null, 'options', 0.8, `${why}, but the choices are ${trait}`, extra);
    if (isGrouped(s) && !CHOICE_KEYS.has(key)) return decide(null, source, confidence, `${why}: a choice group cannot hold ${key}`, extra);
    if (s.type === 'date' && !DATE_KEYS.has(key)) return decide(null, source, confidence, `${why}: a date input cannot hold ${key}`, extra);
    if (s.tag === 'textarea' && CODED_KEYS.has(key)) return decide(null, source, confidence, `${why}: a multi-line box cannot hold ${key}`, extra);
    if (label.from === 'attribute' && !key.startsWith('bday') && s.labels.some((l) => OWN_LABEL.has(l.source) && isBareDatePart(normalizeText(l.text), s.lang ?? ''))) {
      return decide(null, source, confidence, `${why}: its label is a part of a date, which ${key} is not`, extra);
    }
    // A long label naming someone else says whose name it is ("Name der Vermieterin / des Vermieters").
    const namesSomeone = person.via === 'label' && person.person !== 'applicant';
    if (label.rule.generic && label.from !== 'attribute' && wordCount(label.text) > 4 && !namesSomeone) return decide(null, source, 0.6, `${why}: a bare name in a long sentence, unsure whose or what`, extra);
    if (label.rule.onlyChoices && s.tag !== 'select' && !isGrouped(s)) return decide(null, source, 0.6, `${why} names ${key} only over a list of choices`, extra);
    if (key === 'bday') key = datePartKey(s, trait) ?? key;
    const earlier = NAME_PARTS.has(key) ? earlierNamesSection(s.sections, s.lang ?? '') : null;
    if (earlier !== null) return decide('former-names', source, confidence, `${why}, under "${earlier}": a name used before`, extra);
    const out = outOfScope(s, key, label.from === 'attribute' ? undefined : label.text, personPlace(s, person));
    if (out) return decide(null, source, confidence, `${why}, under "${out.text}": ${out.why}`, extra);
    return decide(key, source, confidence, why, extra);
  }

  // A control that names only a date part ("Monat") inside a date of birth group ("Geburtsdatum" legend).
  const part = datePart(s, trait);
  if (part && isBirthContext(s)) {
    const out = outOfScope(s, `bday-${part}`, undefined, personPlace(s, person));
    if (out) return decide(null, trait ? 'options' : 'label', 0.7, `the ${part} of a date of birth, under "${out.text}": ${out.why}`);
    return decide(`bday-${part}`, trait ? 'options' : 'label', 0.7, `the ${part} of a date of birth`);
  }
  if (trait) {
    const traitKey = TRAIT_KEY[trait];
    // A list of countries under a label we cannot read may be a destination or an issuing state:
    // only lists that name their own meaning (sex, salutation, marital status) or unlabelled lists count.
    const unlabelled = !s.labels.some((l) => OWN_LABEL.has(l.source));
    if (traitKey && (s.tag === 'select' || isGrouped(s)) && (unlabelled || SELF_EXPLAINING.has(trait))) {
      return decide(traitKey, 'options', 0.6, `the choices are a ${trait} list`);
    }
    return decide(null, 'options', 0.6, `the choices are a ${trait} list, which is none of ours here`);
  }
  return decide(null, 'none', 0.5, 'no rule matched: unsure, left empty');
}

interface LabelExtra {
  rule: CompiledRule;
  text: string;
  from: LabelSource | 'attribute';
}

function decision(fieldId: string, person: PersonFinding, key: FieldKey | null, source: ClassificationSource, confidence: number, reason: string, extra?: LabelExtra): FieldDecision {
  const classification: Classification = { fieldId, key, person: person.person, source, confidence, reason };
  const d: FieldDecision = { classification, person };
  if (extra) {
    d.rule = extra.rule;
    d.text = extra.text;
    d.from = extra.from;
  }
  return d;
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

function datePartKey(s: FieldSnapshot, trait: OptionTrait | null): FieldKey | null {
  const part = datePart(s, trait);
  return part ? (`bday-${part}` as FieldKey) : null;
}
