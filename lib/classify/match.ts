// The keyword engine: which rule of the tables a normalised text matches. Rules of the same key,
// priority and shape are merged into one regular expression, and tried from the highest priority
// down; the first that matches decides (Firefox Form Autofill reads its tables the same way).
import type { FieldKey } from '../fields/keys';
import { ATTR_RULES } from './keywords/attr';
import { DE_RULES } from './keywords/de';
import { EN_RULES } from './keywords/en';
import { FR_RULES } from './keywords/fr';
import type { KeywordRule } from './keywords/types';
import { KEY_PRIORITY, NULL_PRIORITY } from './priority';

export interface CompiledRule {
  key: FieldKey | null;
  re: RegExp;
  priority: number;
  on: 'label' | 'attr' | 'both';
  context?: RegExp;
  pair?: [FieldKey, FieldKey];
  generic?: boolean;
  /** The table rules merged into this one (for the reason text: which one matched). */
  parts: KeywordRule[];
}

export const ALL_RULES: readonly KeywordRule[] = [...DE_RULES, ...FR_RULES, ...EN_RULES, ...ATTR_RULES];

function compile(rules: readonly KeywordRule[]): CompiledRule[] {
  const merged = new Map<string, { rule: CompiledRule; parts: string[] }>();
  for (const r of rules) {
    const priority = r.priority ?? (r.key === null ? NULL_PRIORITY : KEY_PRIORITY[r.key]);
    const on = r.on ?? 'both';
    const sig = [r.key, priority, on, r.context?.source ?? '', r.pair?.join('+') ?? '', r.generic ?? false].join('|');
    const entry = merged.get(sig);
    if (entry) {
      entry.parts.push(r.re.source);
      entry.rule.parts.push(r);
    } else {
      const rule: CompiledRule = { key: r.key, re: r.re, priority, on, parts: [r] };
      if (r.context) rule.context = r.context;
      if (r.pair) rule.pair = r.pair;
      if (r.generic) rule.generic = true;
      merged.set(sig, { rule, parts: [r.re.source] });
    }
  }
  const out = [...merged.values()].map(({ rule, parts }) => ({ ...rule, re: parts.length === 1 ? rule.re : new RegExp(parts.map((p) => `(?:${p})`).join('|')) }));
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

function firstRule(text: string, kind: 'label' | 'attr', context: string): CompiledRule | null {
  for (const rule of COMPILED) {
    if (rule.on !== 'both' && rule.on !== kind) continue;
    if (!rule.re.test(text)) continue;
    if (rule.context && !rule.context.test(context)) continue;
    return rule;
  }
  return null;
}

/** The rule a text matches, if any. `context` is the section and neighbouring label text, normalised. */
export function matchText(text: string, kind: 'label' | 'attr', context: string): TextMatch | null {
  if (!text) return null;
  const rule = firstRule(text, kind, context);
  if (!rule) return null;
  if (kind === 'label' && rule.key !== null && ALTERNATIVE.test(text)) {
    const parts = text.split(ALTERNATIVE).filter((p, i) => i % 2 === 0 && p.trim());
    if (parts.length > 1) {
      const keys = new Set(parts.map((p) => firstRule(p.trim(), kind, context)?.key ?? 'unknown'));
      if (keys.size > 1) return { rule, ambiguous: true };
    }
  }
  return { rule, ambiguous: false };
}
