// The readability bars of issue 4, checked over every German text a citizen can see: the key texts
// and the portals' own explanations. Pure: the caller passes the texts and the portal registry.
import { FIELD_KEYS } from '../fields/keys';
import type { PortalDefinition } from '../portals/types';
import { splitSentences, textStats, words } from './readability';
import { PROSE_PARTS, type KeyTexts } from './types';

export const READABILITY_BARS = {
  /** Amstad reading ease of the German standard texts, averaged over texts: 60+ is "normal" German. */
  minMeanReadingEase: 60,
  /** Einfache Sprache: mean words per sentence over all sentences. */
  maxMeanSentenceWords: 12,
  /** Einfache Sprache: no sentence longer than this. */
  maxSentenceWords: 18,
} as const;

export interface NamedText {
  /** Where the text comes from: "key:tax-id" or "portal:de-videx/surname". */
  id: string;
  text: string;
}

export interface ReadabilityReport {
  standard: {
    texts: number;
    /** Mean of the per-text reading ease (the bar). */
    meanReadingEase: number;
    /** Reading ease of all texts pooled into one (for comparison). */
    pooledReadingEase: number;
    meanSentenceWords: number;
    hardest: { id: string; readingEase: number }[];
  };
  simple: {
    texts: number;
    sentences: number;
    meanSentenceWords: number;
    maxSentenceWords: number;
    longest: { id: string; sentence: string; words: number };
  };
  /** One sentence a failed bar, empty when all pass. */
  failures: string[];
}

/** A key's prose parts joined into one text; `example` is a value, not prose. */
function keyTexts(texts: KeyTexts): NamedText[] {
  return FIELD_KEYS.map((key) => ({ id: `key:${key}`, text: PROSE_PARTS.map((part) => texts[key][part]).join(' ') }));
}

function portalTexts(portals: readonly PortalDefinition[], lang: 'de' | 'de-simple'): NamedText[] {
  return portals.flatMap((portal) =>
    portal.explanations.map((e) => ({
      id: `portal:${portal.id}/${e.field}`,
      text: [e.what[lang], e.why?.[lang] ?? ''].join(' ').trim(),
    })),
  );
}

export function readabilityReport(standardTexts: KeyTexts, simpleTexts: KeyTexts, portals: readonly PortalDefinition[]): ReadabilityReport {
  const standard = [...keyTexts(standardTexts), ...portalTexts(portals, 'de')];
  const simple = [...keyTexts(simpleTexts), ...portalTexts(portals, 'de-simple')];

  const scored = standard.map((t) => ({ id: t.id, stats: textStats(t.text) }));
  const pooled = textStats(standard.map((t) => t.text).join(' '));
  const meanReadingEase = mean(scored.map((s) => s.stats.readingEase));

  const sentences = simple.flatMap((t) => splitSentences(t.text).map((sentence) => ({ id: t.id, sentence, words: words(sentence).length })));
  const longest = sentences.reduce((a, b) => (b.words > a.words ? b : a), { id: '', sentence: '', words: 0 });
  const meanSimple = mean(sentences.map((s) => s.words));

  const failures: string[] = [];
  if (!(meanReadingEase >= READABILITY_BARS.minMeanReadingEase)) {
    failures.push(`German standard texts: mean Amstad reading ease ${meanReadingEase.toFixed(1)} is below ${READABILITY_BARS.minMeanReadingEase}.`);
  }
  if (!(meanSimple <= READABILITY_BARS.maxMeanSentenceWords)) {
    failures.push(`Einfache Sprache: mean sentence length ${meanSimple.toFixed(1)} words is above ${READABILITY_BARS.maxMeanSentenceWords}.`);
  }
  for (const s of sentences.filter((x) => x.words > READABILITY_BARS.maxSentenceWords)) {
    failures.push(`Einfache Sprache: ${s.id} has a sentence of ${s.words} words (max ${READABILITY_BARS.maxSentenceWords}): "${s.sentence}"`);
  }

  return {
    standard: {
      texts: standard.length,
      meanReadingEase,
      pooledReadingEase: pooled.readingEase,
      meanSentenceWords: pooled.wordsPerSentence,
      hardest: scored
        .map((s) => ({ id: s.id, readingEase: s.stats.readingEase }))
        .sort((a, b) => a.readingEase - b.readingEase)
        .slice(0, 5),
    },
    simple: { texts: simple.length, sentences: sentences.length, meanSentenceWords: meanSimple, maxSentenceWords: longest.words, longest },
    failures,
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
