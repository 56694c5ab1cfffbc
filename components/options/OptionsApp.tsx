// The options page: a list of self-contained sections. The vault comes first; later sections (the
// AI assistant's settings) are added to SECTIONS by their owners.
import { useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { messageClient, onVaultChanged } from '@/components/vault/client';
import { pickLang, type Lang } from '@/components/vault/i18n';
import { createVaultStore, type VaultStore } from '@/components/vault/store';
import { VaultSection } from '@/components/vault/VaultSection';

const TITLES: Record<Lang, string> = { de: 'Formlotse – Einstellungen', en: 'Formlotse – Settings', fr: 'Formlotse – Paramètres' };

/** The vault section with its store, connected to the background for the life of the page. */
function VaultOptions({ lang, store }: { lang: Lang; store: VaultStore }) {
  useEffect(() => {
    void store.getState().refresh();
    return onVaultChanged((status) => {
      store.getState().applyStatus(status);
      if (status.state === 'unlocked' && !store.getState().draft) void store.getState().refresh();
    });
  }, [store]);
  return <VaultSection store={store} lang={lang} />;
}

export function OptionsApp({ lang = pickLang(browser.i18n?.getUILanguage?.()), vaultStore }: { lang?: Lang; vaultStore?: VaultStore }) {
  const [store] = useState(() => vaultStore ?? createVaultStore(messageClient()));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = TITLES[lang];
  }, [lang]);
  const sections: { id: string; node: ReactNode }[] = [
    { id: 'vault', node: <VaultOptions lang={lang} store={store} /> },
  ];
  return (
    <main>
      <h1>{TITLES[lang]}</h1>
      {sections.map((s) => <div key={s.id} id={`section-${s.id}`}>{s.node}</div>)}
    </main>
  );
}
