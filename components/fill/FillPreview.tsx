// The fill preview (ARCHITECTURE: the flow, "confirm"): where it will fill, who is who, each value
// with its field, sensitive values unticked until ticked, what is left out and why; then Fill, the
// outcome per field, Undo. Nothing reaches the page before the citizen presses Fill here.
import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import { openVaultPage } from '@/components/sidepanel/actions';
import { usePanel, usePanelStore } from '@/components/sidepanel/context';
import type { UiLang } from '@/components/sidepanel/i18n';
import { useVaultStore } from '@/components/vault/useVaultStore';
import { VaultLockState } from '@/components/vault/VaultLockState';
import type { VaultStore } from '@/components/vault/store';
import type { PageReport } from '@/lib/detect/analyse';
import { fillNow, followReport } from './actions';
import { FillOutcomeBar } from './FillOutcomeBar';
import { FillSlot, SkippedRows } from './FillSlot';
import { fillText } from './i18n';
import { confirmedItems } from './preview';
import { fillTargetOf, previewOf, type FillTarget } from './select';
import './fill.css';

function TargetLine({ target, lang }: { target: FillTarget; lang: UiLang }) {
  const store = usePanelStore();
  const confirmed = usePanel((s) => s.siteConfirmed);
  const id = useId();
  if (target.kind === 'known') {
    return (
      <p className="fill-target" data-testid="fill-origin" data-origin={target.origin}>
        {fillText(lang, 'targetKnown', { origin: target.origin, portal: target.portalName })}
      </p>
    );
  }
  if (target.kind === 'none') return null;
  return (
    <div className="fill-target fill-target-unknown" data-testid="fill-origin" data-origin={target.origin}>
      <p>{fillText(lang, 'targetUnknown')}</p>
      <p>
        <strong>{target.origin}</strong>
      </p>
      <p className="fill-confirm-site">
        <input id={id} type="checkbox" data-testid="confirm-site" checked={confirmed} onChange={(event) => store.getState().confirmSite(event.target.checked)} />
        <label htmlFor={id}>{fillText(lang, 'confirmSite', { origin: target.origin })}</label>
      </p>
    </div>
  );
}

function FillBody({ lang }: { lang: UiLang }) {
  const store = usePanelStore();
  const preview = usePanel(previewOf);
  const target = usePanel(fillTargetOf);
  const { open, run, ticked, siteConfirmed, profile } = usePanel((s) => ({ open: s.previewOpen, run: s.run, ticked: s.ticked, siteConfirmed: s.siteConfirmed, profile: s.profile }));
  const listId = useId();
  if (!preview || !profile) return <p className="loading">{fillText(lang, 'loading')}</p>;
  const items = preview.plan.items;
  const sensitive = items.filter((i) => i.sensitive).length;
  const count = confirmedItems(preview, ticked).length;
  const blocked = target.kind === 'none' || (target.kind === 'unknown' && !siteConfirmed) || count === 0 || run.status === 'filling';
  return (
    <>
      <TargetLine target={target} lang={lang} />
      <p data-testid="fill-summary">
        {items.length > 0 ? fillText(lang, 'summary', { count: items.length }) : fillText(lang, 'summaryNone')}
        {sensitive > 0 && ` ${fillText(lang, 'sensitiveSummary', { count: sensitive })}`}
      </p>
      {preview.hiddenCount > 0 && <p className="fill-hidden">{fillText(lang, 'hidden', { count: preview.hiddenCount })}</p>}
      <button type="button" className="button" aria-expanded={open} aria-controls={open ? listId : undefined} data-testid="fill-toggle" onClick={() => store.getState().setPreviewOpen(!open)}>
        {fillText(lang, 'showPreview')}
      </button>
      {open && (
        <div id={listId} className="fill-list" data-testid="fill-list">
          {preview.slots.map((slot) => (
            <FillSlot key={slot.slot} slot={slot} profile={profile} lang={lang} />
          ))}
          <SkippedRows rows={preview.skipped} lang={lang} />
          <button
            type="button"
            className="button button-primary fill-button"
            data-testid="fill-button"
            aria-disabled={blocked}
            onClick={() => !blocked && void fillNow(store)}
          >
            {run.status === 'filling' ? fillText(lang, 'filling') : fillText(lang, 'fillButton', { count })}
          </button>
        </div>
      )}
      <FillOutcomeBar lang={lang} />
    </>
  );
}

function VaultGate({ vault, lang }: { vault: VaultStore; lang: UiLang }) {
  const status = useStore(vault, (s) => s.status);
  const vaultLang = lang === 'de-simple' ? 'de' : lang;
  if (!status) return <p className="loading">{fillText(lang, 'loading')}</p>;
  if (status.state === 'none') {
    return (
      <>
        <p>{fillText(lang, 'noProfile')}</p>
        <button type="button" className="button" onClick={openVaultPage}>
          {fillText(lang, 'createProfile')}
        </button>
      </>
    );
  }
  return (
    <>
      <p>{fillText(lang, 'locked')}</p>
      <VaultLockState store={vault} lang={vaultLang} />
    </>
  );
}

export function FillPreview({ report }: { report: PageReport }) {
  const store = usePanelStore();
  const vault = useVaultStore();
  const state = useStore(vault, (s) => s.status?.state);
  const draft = useStore(vault, (s) => s.draft);
  const lang = usePanel((s) => s.lang);
  // The profile the vault opened (dropped again on lock, by hand, by timeout or from another page).
  useEffect(() => store.getState().setProfile(state === 'unlocked' ? draft : null), [draft, state, store]);
  // Every new report (a new page or the wizard's next step): re-plan for the fields now on screen.
  useEffect(() => void followReport(store, report), [report, store]);
  return (
    <section className="notice fill-preview" aria-labelledby="fill-heading" data-testid="fill-preview">
      <h2 id="fill-heading">{fillText(lang, 'heading')}</h2>
      {state === 'unlocked' ? <FillBody lang={lang} /> : <VaultGate vault={vault} lang={lang} />}
    </section>
  );
}
