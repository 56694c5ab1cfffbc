// Portal field rules (lib/portals/<id>.ts): the top of the precedence. A rule applies when every
// property of its matcher matches the snapshot.
import type { FieldSnapshot } from '../fields/snapshot';
import type { FieldMatcher, PortalDefinition, PortalFieldRule } from '../portals/types';

const OWN_ROUTES = new Set(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'title', 'placeholder', 'group']);

function matchesValue(expected: string | RegExp, actual: string): boolean {
  return typeof expected === 'string' ? expected === actual : expected.test(actual);
}

export function matchesField(matcher: FieldMatcher, snapshot: FieldSnapshot): boolean {
  if (matcher.name !== undefined && !matchesValue(matcher.name, snapshot.name)) return false;
  if (matcher.htmlId !== undefined && !matchesValue(matcher.htmlId, snapshot.htmlId)) return false;
  const label = matcher.label;
  if (label && !snapshot.labels.some((l) => OWN_ROUTES.has(l.source) && label.test(l.text))) return false;
  const section = matcher.section;
  if (section && !snapshot.sections.some((s) => section.test(s))) return false;
  return true;
}

export function portalRuleFor(portal: PortalDefinition | null, snapshot: FieldSnapshot): PortalFieldRule | null {
  if (!portal) return null;
  return portal.rules.find((rule) => matchesField(rule.match, snapshot)) ?? null;
}
