import type { PortalDefinition } from './types';

/** Checks a portal definition's invariants where they are written, so a typo fails loudly at load. */
export function definePortal(portal: PortalDefinition): PortalDefinition {
  for (const origin of portal.origins) {
    const url = new URL(origin);
    if (url.protocol !== 'https:' || url.origin !== origin || url.port !== '') {
      throw new Error(`portal ${portal.id}: origin ${origin} must be an exact https origin without port or path`);
    }
  }
  return portal;
}
