// The field guide: the page's fields grouped by step, section and person, with a search.
import { useCallback, useEffect, useMemo } from 'react';
import type { PageReport } from '@/lib/detect/analyse';
import { portalById } from '@/lib/portals/registry';
import { usePanel, usePanelStore, useT } from './context';
import { explanationOf, kindOf } from './explain';
import { FieldGroup } from './FieldGroup';
import { buildGuide, entryOfField, filterGuide, splitByShown, type GuideEntry, type GuideGroup } from './guide';
import { SearchBox } from './SearchBox';

const countOf = (groups: readonly GuideGroup[]) => groups.reduce((n, g) => n + g.entries.length, 0);

export function FieldGuide({ report }: { report: PageReport }) {
  const t = useT();
  const store = usePanelStore();
  const { lang, query, stepId, help, selectedFieldId, onPage } = usePanel((s) => ({
    lang: s.lang,
    query: s.query,
    stepId: s.context.stepId,
    help: s.context.help,
    selectedFieldId: s.selectedFieldId,
    onPage: s.shown,
  }));
  const groups = useMemo(() => buildGuide(report), [report]);
  // Search finds what the citizen can read about a field: its label, section, what Formlotse calls it, the explanation, the page's hints.
  const textsOf = useCallback(
    (entry: GuideEntry, group: GuideGroup) => [
      entry.label,
      ...group.sections,
      ...entry.choices,
      kindOf(entry.classification, t),
      explanationOf(entry.classification, report.portalId, lang)?.what ?? '',
      ...(help[entry.id] ?? []).map((h) => h.text),
    ],
    [t, lang, help, report.portalId],
  );
  const visible = useMemo(() => filterGuide(groups, query, textsOf), [groups, query, textsOf]);
  const selected = selectedFieldId ? entryOfField(groups, selectedFieldId) : null;
  const selectedHidden = selected !== null && !visible.some((g) => g.entries.includes(selected));

  useEffect(() => {
    // The citizen went to a field the search hides: show everything again rather than lose them.
    if (selectedHidden) store.getState().setQuery('');
  }, [selectedHidden, store]);

  const portal = report.portalId ? portalById(report.portalId) : null;
  const step = portal?.steps?.find((s) => s.id === stepId);
  const title = step ? t('step_heading', step.title[lang === 'de-simple' ? 'de' : lang]) : t('fields_heading');
  const matching = countOf(visible);
  // A wizard's other steps stay in the page, hidden: their fields come last, folded away.
  const { onScreen, elsewhere } = useMemo(() => splitByShown(visible, onPage), [visible, onPage]);
  const openElsewhere = query.trim() !== '' || (selected !== null && elsewhere.some((g) => g.entries.includes(selected)));
  const group = (g: GuideGroup, offScreen: boolean) => (
    <FieldGroup key={g.id} group={g} selectedId={selected?.id ?? null} portalId={report.portalId} pageUrl={report.url} offScreen={offScreen} />
  );

  return (
    <section className="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{title}</h2>
      <p className="guide-intro">{t('guide_intro', String(countOf(groups)))}</p>
      <SearchBox shown={matching} total={countOf(groups)} />
      <div data-testid="field-list">
        {onScreen.map((g) => group(g, false))}
        {elsewhere.length > 0 && (
          <details className="other-steps" open={openElsewhere}>
            <summary>{t('other_steps', String(countOf(elsewhere)))}</summary>
            {elsewhere.map((g) => group(g, true))}
          </details>
        )}
      </div>
      {matching === 0 && <p className="no-match">{t('search_no_match', query)}</p>}
    </section>
  );
}
