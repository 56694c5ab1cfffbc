// The vault's section of the options page: state and notices on top, then what fits the state —
// create (or restore), unlock (or restore / delete), or the household editor with its settings.
// Focus moves to the new view's heading when the state changes, so keyboard and screen reader users
// land where the page changed.
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { CreateVaultForm, UnlockForm } from './PassphraseForms';
import { ProfileEditor } from './ProfileEditor';
import { ExportBackup, ImportBackup } from './VaultBackup';
import { AutoLockSetting, ChangePassphraseForm, DestroyVault } from './VaultSettings';
import { VaultLockState } from './VaultLockState';
import { VaultNotice } from './VaultNotice';
import { text, type Lang } from './i18n';
import type { VaultStore } from './store';
import './vault.css';

export function VaultSection({ store, lang }: { store: VaultStore; lang: Lang }) {
  const state = useStore(store, (s) => s.status?.state);
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current && previous.current !== state) heading.current?.focus();
    previous.current = state;
  }, [state]);

  return (
    <section className="vault" aria-labelledby="vault-heading" onKeyDown={() => store.getState().activity()}>
      <h2 id="vault-heading" ref={heading} tabIndex={-1}>{text(lang, 'title')}</h2>
      <p>{text(lang, 'intro')}</p>
      <VaultLockState store={store} lang={lang} inlineUnlock={false} />
      <VaultNotice store={store} lang={lang} />
      {state === 'none' && (
        <>
          <CreateVaultForm store={store} lang={lang} />
          <ImportBackup store={store} lang={lang} />
        </>
      )}
      {state === 'locked' && (
        <>
          <UnlockForm store={store} lang={lang} />
          <ImportBackup store={store} lang={lang} />
          <DestroyVault store={store} lang={lang} />
        </>
      )}
      {state === 'unlocked' && (
        <>
          <ProfileEditor store={store} lang={lang} />
          <section className="vault-settings" aria-labelledby="vault-settings-heading">
            <h3 id="vault-settings-heading">{text(lang, 'settings')}</h3>
            <AutoLockSetting store={store} lang={lang} />
            <ChangePassphraseForm store={store} lang={lang} />
            <ExportBackup store={store} lang={lang} />
            <ImportBackup store={store} lang={lang} />
          </section>
        </>
      )}
    </section>
  );
}
