import { hasCriteria } from './rules';
import type { FieldMatcher, PortalDefinition } from './types';

function fail(portal: PortalDefinition, message: string): never {
  throw new Error(`portal ${portal.id}: ${message}`);
}

/** A global or sticky RegExp keeps state between test() calls: the same control would match only every other time. */
function checkMatcher(portal: PortalDefinition, what: string, match: FieldMatcher): void {
  if (!hasCriteria(match)) fail(portal, `${what} has an empty matcher (it would match nothing)`);
  for (const pattern of [match.name, match.htmlId, match.label, match.section]) {
    if (pattern instanceof RegExp && (pattern.global || pattern.sticky)) fail(portal, `${what}: pattern ${pattern} must not be global or sticky`);
  }
}

/** Checks a portal definition's invariants where they are written, so a typo fails loudly at load. */
export function definePortal(portal: PortalDefinition): PortalDefinition {
  if (portal.origins.length === 0) fail(portal, 'needs at least one origin');
  for (const origin of portal.origins) {
    const url = new URL(origin);
    if (url.protocol !== 'https:' || url.origin !== origin || url.port !== '') {
      fail(portal, `origin ${origin} must be an exact https origin without port or path`);
    }
  }
  if (portal.paths.length === 0) fail(portal, 'needs at least one path (use "/" for a whole origin)');
  for (const rule of portal.rules) checkMatcher(portal, `rule ${rule.field}`, rule.match);
  const ruleFields = new Set(portal.rules.map((r) => r.field));
  for (const e of portal.explanations) {
    if (e.match) checkMatcher(portal, `explanation ${e.field}`, e.match);
    else if (!ruleFields.has(e.field)) fail(portal, `explanation ${e.field} names no rule and has no matcher`);
  }
  for (const link of [...portal.help.map((h) => h.url), ...portal.explanations.map((e) => e.source)]) {
    if (new URL(link).protocol !== 'https:') fail(portal, `link ${link} must be https`);
  }
  return portal;
}
