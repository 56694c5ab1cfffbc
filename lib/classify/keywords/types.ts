// The shape of the keyword tables (STYLE: rules are data). One table per language, every entry
// commented with where its wording comes from; the engine (../match.ts) only reads them.
import type { FieldKey, Person } from '../../fields/keys';

export interface KeywordRule {
  /** The key a matching text means; null says "this is none of ours" (a negative rule). */
  key: FieldKey | null;
  /** Tested against normalised text (lib/detect/words.ts normalizeText): lower-case ASCII words. */
  re: RegExp;
  /** Which texts the rule may read: labels, name/id words, or both (default). */
  on?: 'label' | 'attr';
  /** Higher wins when several rules match one text; defaults per key (../priority.ts). */
  priority?: number;
  /** The rule holds only when the field's sections or neighbouring labels match this too. */
  context?: RegExp;
  /** A label that names two fields at once ("PLZ / Ort"): the keys of the first and second control
   *  when two controls share it; `key` is the meaning when one control carries it alone. */
  pair?: [FieldKey, FieldKey];
  /** The word means this key only on a choice list: "Title" over Mr/Ms is a salutation, over a text box a job title. */
  onlyChoices?: boolean;
  /** A bare word whose key depends on the neighbours: "Name" beside "Vorname" is the family name. */
  generic?: boolean;
  /** (key null) The address of an employer or an institution: the bare "PLZ", "Ort" right after it in
   *  the same block are that address's too ("Straße und Hausnummer des Arbeitgebers", then "PLZ"). */
  premises?: boolean;
  /** Set by the engine for the tables of languages Formlotse does not serve (es, it, pt): such a rule
   *  reads only pages in that language or of unknown language ("via" is a street in Italian only). */
  lang?: string;
  /** Why this rule exists / where the wording was seen. Not read by the engine. */
  source: string;
}

/**
 * Wording of a section that changes what the fields under it mean, whoever they are about: an
 * address the person had before (the profile keeps only the current one, so address fields there
 * are none of ours), or the applicant's own parents (everyone in there is "other", "Parent 2"
 * included, who elsewhere is the partner).
 */
export interface ScopeRule {
  re: RegExp;
  source: string;
}

/** What a person word says besides whose field it is (see PersonRule.role). */
export type PersonRole = 'guardian' | 'minor' | 'parent' | 'deceased' | 'vague';

export interface PersonRule {
  person: Person;
  /** Tested against normalised label, attribute and section texts. */
  re: RegExp;
  /** True when the number next to the word counts the person ("Kind 2"); false for "Elternteil 2". */
  counted?: boolean;
  /** Read before the other persons' rules: a heading naming the applicant by a role that also
   *  contains another person's word ("Steuerpflichtige Person / Ehemann / Person A") is the applicant's. */
  leading?: boolean;
  /**
   * The role the word gives its person, which a page pass may read with the rest of the page
   * (classify/page.ts):
   * - guardian: a parent or guardian of a minor ("Sorgeberechtigte Person 1"): "other" when the
   *   minor is the applicant (a visa for a child), but when the form asks about the applicant's
   *   child ("Angaben zum Kind"), the guardians are the applicant and, numbered 2, the partner
   *   ("the other parent", field-keys.json) (resolveGuardians).
   * - minor: a minor named by role ("Angaben zur Schülerin / zum Schüler", "l'élève"): the
   *   applicant, unless the page also asks for the minor's guardians, who then fill it in: the
   *   minor is their child (resolveGuardians). Where the text naming the minor also says they apply
   *   (`asApplicant`: "Le demandeur (mineur)"), the form names the minor as its applicant, and the
   *   guardians stay "other" (field-keys.json: "a parent of a minor applicant").
   * - parent: the father or mother of someone: "other" (the applicant's own parents), but on a page
   *   where the text that names one parent also says that parent applies (`asApplicant`: "Angaben
   *   zur Mutter (antragstellende Person)"), the form is about their child, and the other parent is
   *   the partner (resolveParents).
   * - deceased: the person who died: "other", but on a page about the death of the spouse (a
   *   widow's or widower's benefit, "décès de votre conjoint") the late spouse (resolveDeceased).
   * - vague: a word for any further person ("weitere Person"): a section that names who they are
   *   (the spouse, a child) says more (persons.ts sectionSaysMore).
   */
  role?: PersonRole;
  /** With role parent or minor: the text naming them also says they apply. */
  asApplicant?: RegExp;
  /**
   * With role parent: a parent named as the parent of the child the form is about ("Angaben zum
   * Vater des Kindes", "father of the child"): when the page names no other parent of the child, the
   * applicant is the other one and this parent is the partner (resolveChildParent).
   */
  ofChild?: boolean;
  source: string;
}
