// Creating and unlocking the vault. Passphrase fields are password inputs with visible labels; the
// forms submit with Enter, and the passphrase is cleared from the form after every attempt.
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { text, type Lang } from './i18n';
import type { VaultStore } from './store';

export function PassphraseInput({ name, label, value, onChange, autoComplete, autoFocus }: {
  name: string; label: string; value: string; onChange(v: string): void; autoComplete: 'new-password' | 'current-password'; autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <div className="vault-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="password" value={value} autoComplete={autoComplete} autoFocus={autoFocus} required onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function CreateVaultForm({ store, lang }: { store: VaultStore; lang: Lang }) {
  const busy = useStore(store, (s) => s.busy);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const hintId = useId();
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const ok = await store.getState().create(passphrase, repeat);
    if (ok) {
      setPassphrase('');
      setRepeat('');
    }
  }
  return (
    <form className="vault-create" onSubmit={submit} aria-describedby={hintId}>
      <h3>{text(lang, 'createHeading')}</h3>
      <p id={hintId}>{text(lang, 'createHint')}</p>
      <PassphraseInput name="passphrase" label={text(lang, 'passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" autoFocus />
      <PassphraseInput name="passphrase-repeat" label={text(lang, 'passphraseRepeat')} value={repeat} onChange={setRepeat} autoComplete="new-password" />
      <button type="submit" disabled={busy}>{busy ? text(lang, 'working') : text(lang, 'createSubmit')}</button>
    </form>
  );
}

export function UnlockForm({ store, lang, compact = false }: { store: VaultStore; lang: Lang; compact?: boolean }) {
  const busy = useStore(store, (s) => s.busy);
  const [passphrase, setPassphrase] = useState('');
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await store.getState().unlock(passphrase);
    setPassphrase('');
  }
  return (
    <form className="vault-unlock" onSubmit={submit} aria-label={text(lang, 'unlockHeading')}>
      {!compact && <h3>{text(lang, 'unlockHeading')}</h3>}
      <PassphraseInput name="passphrase" label={text(lang, 'passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus={!compact} />
      <button type="submit" disabled={busy || passphrase === ''}>{busy ? text(lang, 'working') : text(lang, 'unlockSubmit')}</button>
    </form>
  );
}
