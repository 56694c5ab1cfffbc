// An unknown site: Formlotse reads nothing here until the citizen asks, and then only this origin.
import { analyseSite } from './actions';
import { usePanel, usePanelStore, useT } from './context';

// aria-disabled, not disabled, while the browser asks: a disabled button would drop keyboard focus.
export function AnalyseSite({ origin }: { origin: string }) {
  const t = useT();
  const store = usePanelStore();
  const analyse = usePanel((s) => s.analyse);
  const busy = analyse === 'asking' || analyse === 'running';
  const outcome =
    analyse === 'asking' ? t('analyse_asking') : analyse === 'running' ? t('analyse_running') : analyse === 'denied' ? t('analyse_denied') : analyse === 'failed' ? t('analyse_failed') : '';
  return (
    <section className="empty-state" aria-labelledby="unknown-heading" data-testid="empty-unknown-site">
      <h2 id="unknown-heading">{t('unknown_title')}</h2>
      <p>{t('unknown_text')}</p>
      <p>{t('unknown_ask', origin)}</p>
      <button type="button" className="button button-primary" data-testid="analyse-site" aria-disabled={busy} onClick={() => !busy && analyseSite(store)}>
        {t('analyse_button')}
      </button>
      <p role="status" className="analyse-outcome">
        {outcome}
      </p>
    </section>
  );
}
