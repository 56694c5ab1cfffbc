// One page's analysis, the same in the content script and in Node (classify CLI, tests):
// recognise the portal, collect the controls, classify them.
import type { Classification, FieldSnapshot } from '../fields/snapshot';
import { portalForUrl } from '../portals/registry';
import { collectFields, type CollectedField } from './collect';

export interface PageReport {
  url: string;
  /** The known portal's id, or null on any other site. */
  portalId: string | null;
  fields: FieldSnapshot[];
  classifications: Classification[];
}

export interface PageAnalysis {
  report: PageReport;
  /** Live elements by field id, for the content script (never leaves it). */
  elements: Map<string, Element>;
}

export function analysePage(doc: Document, url: string): PageAnalysis {
  const portal = portalForUrl(url);
  const collected: CollectedField[] = collectFields(doc);
  return {
    report: {
      url,
      portalId: portal?.id ?? null,
      fields: collected.map((c) => c.snapshot),
      classifications: [],
    },
    elements: new Map(collected.map((c) => [c.snapshot.id, c.element])),
  };
}
