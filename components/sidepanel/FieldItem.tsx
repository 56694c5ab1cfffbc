// One field of the guide: a heading with a disclosure button (WAI-ARIA APG accordion pattern).
// Opening it selects the field, scrolls to it on the page and rings it there.
import { useEffect, useRef } from 'react';
import { chooseField } from './actions';
import { usePanel, usePanelStore, useT } from './context';
import { kindLineOf } from './explain';
import { FieldDetails } from './FieldDetails';
import { FillBadge } from './FieldFill';
import type { GuideEntry } from './guide';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Props {
  entry: GuideEntry;
  level: 3 | 4;
  selected: boolean;
  portalId: string | null;
  pageUrl: string;
  offScreen: boolean;
}

export function FieldItem({ entry, level, selected, portalId, pageUrl, offScreen }: Props) {
  const t = useT();
  const store = usePanelStore();
  const selectedBy = usePanel((s) => s.selectedBy);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // Follow the citizen: the field they went to on the page comes into view here (focus stays where it is).
    if (selected && selectedBy === 'page') ref.current?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [selected, selectedBy]);
  const Heading = level === 3 ? 'h3' : 'h4';
  const detailsId = `details-${entry.id}`;
  const recognised = entry.classification?.key != null;
  return (
    <li ref={ref} className="field" data-field-id={entry.id} aria-current={selected ? 'true' : undefined}>
      <Heading className="field-heading">
        <button
          type="button"
          className="field-button"
          aria-expanded={selected}
          aria-controls={selected ? detailsId : undefined}
          onClick={() => chooseField(store, selected ? null : entry.id)}
        >
          <span className="field-label" lang={entry.field.lang || undefined}>
            {entry.label}
          </span>
          <span className="field-meta">
            <span className={recognised ? 'field-kind' : 'field-kind field-kind-none'}>{kindLineOf(entry.classification, t)}</span>
            {entry.field.required && <span className="badge">{t('required')}</span>}
            <FillBadge fieldId={entry.id} />
          </span>
        </button>
      </Heading>
      {selected && <FieldDetails id={detailsId} entry={entry} portalId={portalId} pageUrl={pageUrl} offScreen={offScreen} />}
    </li>
  );
}
