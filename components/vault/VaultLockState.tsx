// The compact lock state, for the options page header and for the side panel to embed: what state the
// vault is in, until when it stays open, and the one action that fits (unlock inline, or lock).
import { useStore } from 'zustand';
import { UnlockForm } from './PassphraseForms';
import { text, type Lang } from './i18n';
import type { VaultStore } from './store';

export function VaultLockState({ store, lang, inlineUnlock = true }: { store: VaultStore; lang: Lang; inlineUnlock?: boolean }) {
  const status = useStore(store, (s) => s.status);
  const busy = useStore(store, (s) => s.busy);
  if (!status) return <p className="vault-state" role="status">{text(lang, 'loading')}</p>;
  const time = status.expiresAt ? new Date(status.expiresAt).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }) : '';
  return (
    <div className="vault-state" data-state={status.state}>
      <p role="status">
        <span aria-hidden="true">{status.state === 'unlocked' ? '🔓 ' : '🔒 '}</span>
        {status.state === 'none' ? text(lang, 'stateNone') : status.state === 'locked' ? text(lang, 'stateLocked') : text(lang, 'stateUnlocked', { time })}
      </p>
      {status.state === 'unlocked' && (
        <button type="button" className="vault-lock" disabled={busy} onClick={() => void store.getState().lock()}>{text(lang, 'lock')}</button>
      )}
      {status.state === 'locked' && inlineUnlock && <UnlockForm store={store} lang={lang} compact />}
    </div>
  );
}
