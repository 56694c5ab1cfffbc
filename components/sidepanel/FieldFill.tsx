// A field's fill state. Issue 7 (fill preview) extends FieldFillState (slices/fill.ts) and this
// file: the planned value to confirm, the sensitive tick box, filled/skipped with the reason.
import { usePanel, useT } from './context';
import { NOT_FILLED } from './slices/fill';

export function FillBadge({ fieldId }: { fieldId: string }) {
  const t = useT();
  const state = usePanel((s) => s.fill[fieldId] ?? NOT_FILLED);
  return <span className={`fill-badge fill-${state.status}`}>{t('fill_not_filled')}</span>;
}

export function FieldFill({ fieldId }: { fieldId: string }) {
  const t = useT();
  const state = usePanel((s) => s.fill[fieldId] ?? NOT_FILLED);
  return (
    <div className={`detail fill-${state.status}`} data-testid="fill-state">
      <p className="detail-label">{t('fill_label')}</p>
      <p>{t('fill_not_filled_text')}</p>
    </div>
  );
}
