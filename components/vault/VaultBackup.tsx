// Backup file: download (encrypted, as stored) and restore. Restoring replaces the vault, so it asks
// for a confirmation when a vault exists; a wrong file or passphrase changes nothing.
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { PassphraseInput } from './PassphraseForms';
import { text, type Lang } from './i18n';
import type { VaultStore } from './store';

function download(filename: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportBackup({ store, lang }: { store: VaultStore; lang: Lang }) {
  const busy = useStore(store, (s) => s.busy);
  return (
    <section className="vault-export" aria-labelledby="vault-export-heading">
      <h4 id="vault-export-heading">{text(lang, 'exportHeading')}</h4>
      <p>{text(lang, 'exportHint')}</p>
      <button type="button" disabled={busy} onClick={async () => {
        const file = await store.getState().exportFile();
        if (file) download(file.filename, file.text);
      }}>{text(lang, 'exportSubmit')}</button>
    </section>
  );
}

export function ImportBackup({ store, lang }: { store: VaultStore; lang: Lang }) {
  const busy = useStore(store, (s) => s.busy);
  const replaces = useStore(store, (s) => s.status?.state !== 'none');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const fileId = useId();
  const confirmId = useId();
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return store.setState({ notice: { kind: 'error', text: 'importNeedsFile' } });
    if (replaces && !confirmed) return store.setState({ notice: { kind: 'error', text: 'importNeedsConfirm' } });
    const ok = await store.getState().importFile(await file.text(), passphrase);
    setPassphrase('');
    if (ok) setConfirmed(false);
  }
  return (
    <form className="vault-import" onSubmit={submit} aria-labelledby="vault-import-heading">
      <h4 id="vault-import-heading">{text(lang, 'importHeading')}</h4>
      <div className="vault-field">
        <label htmlFor={fileId}>{text(lang, 'importFile')}</label>
        <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <PassphraseInput name="import-passphrase" label={text(lang, 'importPassphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
      {replaces && (
        <div className="vault-check">
          <input id={confirmId} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          <label htmlFor={confirmId}>{text(lang, 'importConfirm')}</label>
        </div>
      )}
      <button type="submit" disabled={busy}>{text(lang, 'importSubmit')}</button>
    </form>
  );
}
