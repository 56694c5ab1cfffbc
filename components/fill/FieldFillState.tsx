// A field's fill state in the field guide (components/sidepanel/FieldFill.tsx shows these): in the
// list a small badge once something happened; in the open field what Formlotse would enter, or
// what it did, or why not.
import { usePanel, useT } from '@/components/sidepanel/context';
import { fillText, outcomeText, reasonText } from './i18n';
import { fieldFillView } from './select';

/** Quiet before a fill (every field is "not filled" then); after it: filled, or not and why in the details. */
export function FillBadge({ fieldId }: { fieldId: string }) {
  const lang = usePanel((s) => s.lang);
  const view = usePanel((s) => fieldFillView(s, fieldId));
  if (view.status !== 'outcome') return null;
  const filled = view.outcome.status === 'filled';
  return <span className={`fill-badge fill-${view.outcome.status}`}>{fillText(lang, filled ? 'badgeFilled' : 'badgeNotFilled')}</span>;
}

export function FieldFill({ fieldId }: { fieldId: string }) {
  const t = useT();
  const lang = usePanel((s) => s.lang);
  const view = usePanel((s) => fieldFillView(s, fieldId));
  let lines: string[];
  switch (view.status) {
    case 'none':
      lines = [t('fill_not_filled_text')];
      break;
    case 'planned':
      lines = [fillText(lang, 'planned', { value: view.item.display }), ...(view.item.sensitive && !view.ticked ? [fillText(lang, 'plannedSensitive')] : [])];
      break;
    case 'not-planned':
      lines = [t('fill_not_filled_text'), reasonText(lang, view.reason)];
      break;
    case 'outcome':
      lines = [outcomeText(lang, view.outcome)];
      break;
  }
  const status = view.status === 'outcome' ? view.outcome.status : view.status;
  return (
    <div className={`detail fill-${status}`} data-testid="fill-state" data-status={status}>
      <p className="detail-label">{fillText(lang, 'detailLabel')}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
