// The shape of the plain-language explanations (ARCHITECTURE: explain). One text file per language
// (lib/explain/texts/<lang>.ts) maps every field key to a KeyText; sources live apart, once for all.
import type { FieldKey } from '../fields/keys';
import type { ExplainLang } from '../portals/types';

/** What a citizen reads about one field key, in one language. Every part is a non-empty string. */
export interface KeyText {
  /** What is asked. */
  what: string;
  /** Why the authority asks. */
  why: string;
  /** Where to find the value: which document, where on it. */
  where: string;
  /** The expected format. */
  format: string;
  /** One made-up example value in that format (never a real person's data). */
  example: string;
  /** Common mistakes. */
  mistakes: string;
}

export const KEY_TEXT_PARTS = ['what', 'why', 'where', 'format', 'example', 'mistakes'] as const satisfies readonly (keyof KeyText)[];
/** The prose parts; `example` is a value, not sentences, so readability skips it. */
export const PROSE_PARTS = ['what', 'why', 'where', 'format', 'mistakes'] as const satisfies readonly (keyof KeyText)[];

export type KeyTexts = Record<FieldKey, KeyText>;

export interface KeySource {
  /** The main official https source: a law or an authority's page. */
  main: string;
  /** Further official sources (the other country's, or a practical authority page). */
  more?: readonly string[];
}

/** explainKey's answer: the key's text plus its sources. */
export interface KeyExplanation extends KeyText {
  source: string;
  moreSources: readonly string[];
}

/**
 * explainField's answer. `from` says whose words `what` (and `why`, when the portal gives one) are:
 * the portal's own explanation, or the key's. The key fills in what the portal does not say.
 */
export interface FieldExplanation {
  from: 'portal' | 'key';
  what: string;
  why: string | null;
  where: string | null;
  format: string | null;
  example: string | null;
  mistakes: string | null;
  source: string;
  moreSources: readonly string[];
}

export type { ExplainLang };
