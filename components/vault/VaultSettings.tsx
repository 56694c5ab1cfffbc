// Settings of an open vault: auto-lock time and passphrase change; and, for a locked vault one cannot
// open any more, deleting it.
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { IDLE_MINUTES_RANGE } from '@/lib/vault/service';
import { PassphraseInput } from './PassphraseForms';
import { text, type Lang } from './i18n';
import type { VaultStore } from './store';

export function AutoLockSetting({ store, lang }: { store: VaultStore; lang: Lang }) {
  const current = useStore(store, (s) => s.status?.idleMinutes ?? 15);
  const busy = useStore(store, (s) => s.busy);
  const [minutes, setMinutes] = useState(String(current));
  const id = useId();
  return (
    <form className="vault-idle" onSubmit={(e) => { e.preventDefault(); void store.getState().setIdleMinutes(Number(minutes)); }}>
      <div className="vault-field">
        <label htmlFor={id}>{text(lang, 'idleMinutes')}</label>
        <input id={id} type="number" inputMode="numeric" min={IDLE_MINUTES_RANGE.min} max={IDLE_MINUTES_RANGE.max} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>{text(lang, 'idleSave')}</button>
    </form>
  );
}

export function ChangePassphraseForm({ store, lang }: { store: VaultStore; lang: Lang }) {
  const busy = useStore(store, (s) => s.busy);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await store.getState().changePassphrase(current, next, repeat);
    setCurrent('');
    setNext('');
    setRepeat('');
  }
  return (
    <form className="vault-change" onSubmit={submit} aria-labelledby="vault-change-heading">
      <h4 id="vault-change-heading">{text(lang, 'changeHeading')}</h4>
      <PassphraseInput name="current-passphrase" label={text(lang, 'currentPassphrase')} value={current} onChange={setCurrent} autoComplete="current-password" />
      <PassphraseInput name="new-passphrase" label={text(lang, 'newPassphrase')} value={next} onChange={setNext} autoComplete="new-password" />
      <PassphraseInput name="new-passphrase-repeat" label={text(lang, 'passphraseRepeat')} value={repeat} onChange={setRepeat} autoComplete="new-password" />
      <button type="submit" disabled={busy}>{busy ? text(lang, 'working') : text(lang, 'changeSubmit')}</button>
    </form>
  );
}

export function DestroyVault({ store, lang }: { store: VaultStore; lang: Lang }) {
  const busy = useStore(store, (s) => s.busy);
  const [confirmed, setConfirmed] = useState(false);
  const id = useId();
  return (
    <details className="vault-destroy">
      <summary>{text(lang, 'destroyHeading')}</summary>
      <p>{text(lang, 'destroyHint')}</p>
      <div className="vault-check">
        <input id={id} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <label htmlFor={id}>{text(lang, 'destroyConfirm')}</label>
      </div>
      <button type="button" disabled={!confirmed || busy} onClick={() => void store.getState().destroy()}>{text(lang, 'destroySubmit')}</button>
    </details>
  );
}
