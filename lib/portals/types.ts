// The shape of one known portal (one file per portal under lib/portals/, STYLE: Refined GitHub).
import type { FieldKey, Person } from '../fields/keys';

export type Lang = 'de' | 'en' | 'fr';
/** UI and explanation languages: the three above plus German "Einfache Sprache". */
export type ExplainLang = Lang | 'de-simple';

export type Localized = Record<Lang, string>;
export type ExplainLocalized = Record<ExplainLang, string>;

/** Which snapshot a portal rule applies to; every given property must match. */
export interface FieldMatcher {
  /** Exact name attribute, or a pattern for it. */
  name?: string | RegExp;
  /** Exact id attribute, or a pattern for it. */
  htmlId?: string | RegExp;
  /** A pattern tested against the control's own label texts (label-for, wrap, aria, placeholder). */
  label?: RegExp;
  /** A pattern tested against its section texts (legend, heading). */
  section?: RegExp;
}

export interface PortalFieldRule {
  /** The portal's own id for this field (explanations and the side panel use it). */
  field: string;
  match: FieldMatcher;
  /** The key to assign; null says "never fill this", overriding heuristics. */
  key: FieldKey | null;
  person?: Person;
  /** Why the rule exists (which label misleads the heuristics). */
  why: string;
}

export interface PortalFieldExplanation {
  /** The portal field this explains: a rule's `field`, or the portal's own id for a field no rule decides. */
  field: string;
  /** For a field no rule decides: which controls this explains (as a rule's matcher). */
  match?: FieldMatcher;
  what: ExplainLocalized;
  why?: ExplainLocalized;
  source: string;
}

export interface PortalStep {
  id: string;
  title: Localized;
  /** A CSS selector present only while this step is shown. */
  selector: string;
}

export interface PortalFixture {
  /** The real https URL the replica is served at in tests (by request interception). */
  url: string;
  /** Path of the replica relative to tests/fixtures/. */
  file: string;
  /** The official form or page the replica's field list was taken from. */
  source: string;
}

export interface PortalDefinition {
  id: string;
  name: Localized;
  country: 'DE' | 'FR';
  /** Exact origins, scheme https, no wildcards, no ports. */
  origins: string[];
  /** Path prefixes (or patterns) on those origins where the form lives. */
  paths: (string | RegExp)[];
  /** CSS selector that must be present for the form to count as recognised. */
  formSelector: string;
  steps?: PortalStep[];
  rules: PortalFieldRule[];
  explanations: PortalFieldExplanation[];
  help: { title: Localized; url: string }[];
  fixtures: PortalFixture[];
}
