// Does a portal rule (or a portal explanation's matcher) apply to a collected control?
// Pure: the classifier calls it with the snapshot, the meta-test with every control of a replica.
// A matcher's given properties must all match; a matcher with none matches nothing, so a rule can
// never silently apply to every field of a page.
import type { FieldSnapshot, LabelSource } from '../fields/snapshot';
import type { FieldMatcher, PortalFieldRule } from './types';

/** Label routes that name the control itself (FieldMatcher.label); the rest describe its section. */
const OWN_LABEL_SOURCES: ReadonlySet<LabelSource> = new Set<LabelSource>([
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'aria-label',
  'title',
  'placeholder',
  // The label of the radio group or split date the control belongs to names the control's meaning too.
  'group',
]);
const SECTION_SOURCES: ReadonlySet<LabelSource> = new Set<LabelSource>(['legend', 'heading']);

type MatchedSnapshot = Pick<FieldSnapshot, 'name' | 'htmlId' | 'labels' | 'sections'>;

function textMatches(pattern: string | RegExp, value: string): boolean {
  return typeof pattern === 'string' ? pattern === value : pattern.test(value);
}

export function hasCriteria(match: FieldMatcher): boolean {
  return match.name !== undefined || match.htmlId !== undefined || match.label !== undefined || match.section !== undefined;
}

export function matcherMatches(match: FieldMatcher, snapshot: MatchedSnapshot): boolean {
  if (!hasCriteria(match)) return false;
  if (match.name !== undefined && !textMatches(match.name, snapshot.name)) return false;
  if (match.htmlId !== undefined && !textMatches(match.htmlId, snapshot.htmlId)) return false;
  if (match.label !== undefined) {
    const own = snapshot.labels.filter((l) => OWN_LABEL_SOURCES.has(l.source)).map((l) => l.text);
    if (!own.some((text) => match.label!.test(text))) return false;
  }
  if (match.section !== undefined) {
    const sections = [...snapshot.sections, ...snapshot.labels.filter((l) => SECTION_SOURCES.has(l.source)).map((l) => l.text)];
    if (!sections.some((text) => match.section!.test(text))) return false;
  }
  return true;
}

/** True when the rule applies to this control (the classifier's "portal rule" precedence step). */
export function ruleMatches(rule: PortalFieldRule, snapshot: MatchedSnapshot): boolean {
  return matcherMatches(rule.match, snapshot);
}

/** The first rule of a portal that applies to the control, in the portal's order; null when none does. */
export function portalRuleFor(rules: readonly PortalFieldRule[], snapshot: MatchedSnapshot): PortalFieldRule | null {
  return rules.find((rule) => ruleMatches(rule, snapshot)) ?? null;
}
