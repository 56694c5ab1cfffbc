// The keyword engine: which rule of the tables a normalised text matches. Rules of the same key,
// priority and shape are merged into one regular expression, and tried from the highest priority
// down; the first that matches decides (Firefox Form Autofill reads its tables the same way).
import type { FieldKey } from '../fields/keys';
import { ATTR_RULES } from './keywords/attr';
import { DE_RULES } from './keywords/de';
import { EN_RULES } from './keywords/en';
import { ES_RULES } from './keywords/es';
import { FR_RULES } from './keywords/fr';
import { IT_RULES } from './keywords/it';
import { PT_RULES } from './keywords/pt';
import type { KeywordRule } from './keywords/types';
import { KEY_PRIORITY, NULL_PRIORITY } from './priority';
import { rememberedPair } from '../detect/words';

export interface CompiledRule {
  key: FieldKey | null;
  re: RegExp;
  /** The same expression with the g flag, to find its last match in attribute words. */
  reAll: RegExp;
  priority: number;
  on: 'label' | 'attr' | 'both';
  lang?: string;
  context?: RegExp;
  pair?: [FieldKey, FieldKey];
  generic?: boolean;
  onlyChoices?: boolean;
  premises?: boolean;
  /** The table rules merged into this one (for the reason text: which one matched). */
  parts: KeywordRule[];
}

const only = (lang: string, rules: KeywordRule[]) => rules.map((r) => ({ ...r, lang }));
export const ALL_RULES: readonly KeywordRule[] = [
  ...DE_RULES, ...FR_RULES, ...EN_RULES, ...only('es', ES_RULES), ...only('it', IT_RULES), ...only('pt', PT_RULES), ...ATTR_RULES,
];

function compile(rules: readonly KeywordRule[]): CompiledRule[] {
  const merged = new Map<string, { rule: CompiledRule; parts: string[] }>();
  for (const r of rules) {
    const priority = r.priority ?? (r.key === null ? NULL_PRIORITY : KEY_PRIORITY[r.key]);
    const on = r.on ?? 'both';
    const sig = [r.key, priority, on, r.context?.source ?? '', r.pair?.join('+') ?? '', r.generic ?? false, r.onlyChoices ?? false, r.premises ?? false, r.lang ?? ''].join('|');
    const entry = merged.get(sig);
    if (entry) {
      entry.parts.push(r.re.source);
      entry.rule.parts.push(r);
    } else {
      const rule: CompiledRule = { key: r.key, re: r.re, reAll: r.re, priority, on, parts: [r] };
      if (r.context) rule.context = r.context;
      if (r.lang) rule.lang = r.lang;
      if (r.pair) rule.pair = r.pair;
      if (r.generic) rule.generic = true;
      if (r.onlyChoices) rule.onlyChoices = true;
      if (r.premises) rule.premises = true;
      merged.set(sig, { rule, parts: [r.re.source] });
    }
  }
  const out = [...merged.values()].map(({ rule, parts }) => {
    const source = parts.length === 1 ? rule.re.source : parts.map((p) => `(?:${p})`).join('|');
    return { ...rule, re: new RegExp(source), reAll: new RegExp(source, 'g') };
  });
  return out.sort((a, b) => b.priority - a.priority);
}

const COMPILED = compile(ALL_RULES);

/** Splits "A oder B" / "A or B" / "A ou B": a label offering alternatives asks for one of several things. */
const ALTERNATIVE = /\b(oder|or|ou|bzw|beziehungsweise)\b/;

/** The table rule behind a compiled match, for the reason a classification records. */
export function sourceOf(rule: CompiledRule, text: string): string {
  return (rule.parts.find((p) => p.re.test(text)) ?? rule.parts[0])?.source ?? '';
}

export interface TextMatch {
  rule: CompiledRule;
  /** True when the text names alternatives that mean different things: the field is unsure. */
  ambiguous: boolean;
}

/**
 * The rules a text matches, highest priority first, up to the first one that needs no context:
 * whatever follows it can never decide. Remembered per text, since forms repeat their labels.
 */
function candidatesOf(kind: 'label' | 'attr', lang: string, text: string): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const rule of COMPILED) {
    if (rule.on !== 'both' && rule.on !== kind) continue;
    if (rule.lang && lang && rule.lang !== lang) continue;
    if (!rule.re.test(text)) continue;
    out.push(rule);
    if (!rule.context) break;
  }
  return out;
}

/** candidatesOf remembered, one cache per kind of text (the language is the inner key's kind). */
const candidates = {
  label: rememberedPair((lang, text) => candidatesOf('label', lang, text)),
  attr: rememberedPair((lang, text) => candidatesOf('attr', lang, text)),
};

function firstRule(text: string, kind: 'label' | 'attr', context: () => string, lang: string): CompiledRule | null {
  for (const rule of candidates[kind](lang, text)) {
    if (!rule.context || rule.context.test(context())) return rule;
  }
  return null;
}

/**
 * For name and id words: identifiers run from the outside in ("billing.address.city",
 * "traitsNameFirst"), so among the rules that match, the one whose match ends last names the field;
 * on a tie the higher priority wins ("email address": email before address).
 */
const attrMatches = rememberedPair((lang: string, text: string): { rule: CompiledRule; end: number }[] => {
  const out: { rule: CompiledRule; end: number }[] = [];
  for (const rule of COMPILED) {
    if (rule.on === 'label') continue;
    if (rule.lang && lang && rule.lang !== lang) continue;
    const re = rule.reAll;
    re.lastIndex = 0;
    let end = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      end = Math.max(end, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
    if (end >= 0) out.push({ rule, end });
  }
  return out;
});

const OF_INSTITUTION = new Set<FieldKey>(['employer', 'bank-name', 'health-insurer']);
const TRAILING_WORD = /^(?: \d+)* (?!(name|nom|bezeichnung|firma)\b)[a-z]/;

function lastRule(text: string, context: () => string, lang: string): CompiledRule | null {
  let best: CompiledRule | null = null;
  let bestEnd = -1;
  for (const { rule, end } of attrMatches(lang, text)) {
    if (end <= bestEnd) continue;
    if (rule.context && !rule.context.test(context())) continue;
    best = rule;
    bestEnd = end;
  }
  // "employer 1 payroll", "employer 1 start day": words after an employer, a bank or an insurer
  // that no rule reads name something of it, not the institution itself.
  if (best?.key && OF_INSTITUTION.has(best.key) && TRAILING_WORD.test(text.slice(bestEnd))) return null;
  return best;
}

/** The rule a text matches, if any. `context` gives the section and label text, normalised (asked only when a rule needs it). */
export function matchText(text: string, kind: 'label' | 'attr', context: () => string, lang = ''): TextMatch | null {
  if (!text) return null;
  const rule = kind === 'attr' ? lastRule(text, context, lang) : firstRule(text, kind, context, lang);
  if (!rule) return null;
  // "Country or region" is one thing when one rule reads the whole phrase; otherwise compare the parts.
  if (kind === 'label' && rule.key !== null && ALTERNATIVE.test(text) && !ALTERNATIVE.test(rule.re.exec(text)?.[0] ?? '')) {
    const parts = text.split(ALTERNATIVE).filter((p, i) => i % 2 === 0 && p.trim());
    if (parts.length > 1) {
      // Parts no rule reads ("… oder der Bildungseinrichtung") do not make the label ambiguous, nor
      // does a bare "Name" that the next part qualifies ("Name bzw. Firma des Arbeitgebers").
      const keys = new Set<FieldKey | null>();
      for (const part of parts) {
        const bare = part.trim();
        const r = firstRule(bare, kind, context, lang);
        if (r && !(r.generic && !bare.includes(' '))) keys.add(r.key);
      }
      if (keys.size > 1) return { rule, ambiguous: true };
    }
  }
  return { rule, ambiguous: false };
}
