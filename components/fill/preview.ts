// The fill preview as data (pure: no React, no browser): the page's report, the fields the citizen
// can see now, the unlocked profile and who is who → the plan, one row per field of the guide in
// page order, grouped by the person of the form it is about. The panel shows exactly this and
// sends exactly the planned items the citizen confirmed.
import { buildGuide } from '@/components/sidepanel/guide';
import type { PageReport } from '@/lib/detect/analyse';
import type { Person } from '@/lib/fields/keys';
import { personSlot, planFill, resolvePerson, type FillPlan, type PersonChoice, type PlanItem, type PlanSkip } from '@/lib/fill';
import type { Profile, ProfilePerson } from '@/lib/profile/types';
import { portalById } from '@/lib/portals/registry';
import type { Lang } from '@/lib/portals/types';

export interface PreviewRow {
  /** The guide entry (a radio group is one entry, named by its first control). */
  entryId: string;
  label: string;
  /** The control that receives the value (for a radio group: the chosen radio). */
  fieldId: string;
  slot: string;
  item: PlanItem | null;
  /** Why nothing is planned for this entry (null when item is set). */
  skip: PlanSkip | null;
  /** The page's language for the label (screen readers pronounce it right). */
  lang?: string;
}

export interface PreviewSlot {
  slot: string;
  person: Person;
  index: number;
  /** The page's section headings where this person's fields are, outermost first, without repeats. */
  sections: string[];
  /** Who from the profile fills it (undefined: nobody). */
  chosen: ProfilePerson | undefined;
  rows: PreviewRow[];
}

export interface Preview {
  plan: FillPlan;
  slots: PreviewSlot[];
  /** Entries with nothing to fill, and why (a radio's other choices are not listed). */
  skipped: PreviewRow[];
  /** Row of each guide entry, for the field details. */
  rowByEntry: ReadonlyMap<string, PreviewRow>;
  /** Fields left out because they are not shown now (another step of a wizard). */
  hiddenCount: number;
}

/** The form's language for values written into it: the portal's country, else German (controls' own lang wins). */
export function formLang(report: PageReport): Lang {
  const portal = report.portalId ? portalById(report.portalId) : null;
  return portal?.country === 'FR' ? 'fr' : 'de';
}

export function buildPreview(report: PageReport, shown: readonly string[] | null, profile: Profile, choice: PersonChoice): Preview {
  const visible = shown === null ? null : new Set(shown);
  const isShown = (id: string) => visible === null || visible.has(id);
  const classifications = report.classifications.filter((c) => isShown(c.fieldId));
  const plan = planFill(report.fields, classifications, profile, choice, { lang: formLang(report) });
  const itemOf = new Map(plan.items.map((i) => [i.fieldId, i]));
  const skipOf = new Map(plan.skipped.map((s) => [s.fieldId, s]));
  const classOf = new Map(report.classifications.map((c) => [c.fieldId, c]));

  const slots = new Map<string, PreviewSlot>();
  const slotOf = (person: Person, index: number): PreviewSlot => {
    const slot = personSlot(person, index);
    let s = slots.get(slot);
    if (!s) slots.set(slot, (s = { slot, person, index, sections: [], chosen: resolvePerson(profile, choice, person, index), rows: [] }));
    return s;
  };
  const skipped: PreviewRow[] = [];
  const rowByEntry = new Map<string, PreviewRow>();
  let hiddenCount = 0;
  for (const group of buildGuide(report)) {
    for (const entry of group.entries) {
      const ids = entry.fieldIds.filter(isShown);
      if (ids.length === 0) {
        hiddenCount++;
        continue;
      }
      const c = classOf.get(entry.id);
      const planned = ids.map((id) => itemOf.get(id)).find((i) => i !== undefined) ?? null;
      const skip = planned ? null : (ids.map((id) => skipOf.get(id)).find((s) => s && s.reason !== 'other-choice') ?? null);
      const row: PreviewRow = {
        entryId: entry.id,
        label: entry.label,
        fieldId: planned?.fieldId ?? entry.id,
        slot: personSlot(c?.person ?? 'applicant', c?.personIndex ?? 0),
        item: planned,
        skip,
        ...(entry.field.lang ? { lang: entry.field.lang } : {}),
      };
      rowByEntry.set(entry.id, row);
      // Every person of the form with a recognised field gets a chooser, with the sections it is in,
      // so the citizen can name someone even where nobody is chosen yet.
      const slot = c?.key ? slotOf(c.person, c.personIndex ?? 0) : null;
      if (slot) for (const section of group.sections) if (!slot.sections.includes(section)) slot.sections.push(section);
      if (planned && slot) slot.rows.push(row);
      else if (skip) skipped.push(row);
    }
  }
  return { plan, slots: [...slots.values()], skipped, rowByEntry, hiddenCount };
}

/** The items to send when the citizen presses Fill: everything planned, sensitive ones only if ticked. */
export function confirmedItems(preview: Preview, ticked: Readonly<Record<string, boolean>>): PlanItem[] {
  return preview.plan.items.filter((i) => !i.sensitive || ticked[i.fieldId] === true);
}

/** A key for "the same fields": ticks and choices stay while it is the same, and are dropped when not. */
export function reportKey(report: PageReport): string {
  return `${report.url}#${report.fields.map((f) => `${f.id}=${f.selector}`).join('|')}`;
}
