// The options page: a list of self-contained sections. The vault comes first; later sections (the
// AI assistant's settings) are added to the list by their owners.
import { useEffect, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { pickLang, type Lang } from '@/components/vault/i18n';
import type { VaultStore } from '@/components/vault/store';
import { useVaultStore } from '@/components/vault/useVaultStore';
import { VaultSection } from '@/components/vault/VaultSection';
import { AssistantSettings } from '@/components/assistant/AssistantSettings';

const TITLES: Record<Lang, string> = { de: 'Formlotse – Einstellungen', en: 'Formlotse – Settings', fr: 'Formlotse – Paramètres' };

function VaultOptions({ lang, store }: { lang: Lang; store?: VaultStore }) {
  return <VaultSection store={useVaultStore(store)} lang={lang} />;
}

export function OptionsApp({ lang = pickLang(browser.i18n?.getUILanguage?.()), vaultStore }: { lang?: Lang; vaultStore?: VaultStore }) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = TITLES[lang];
  }, [lang]);
  const sections: { id: string; node: ReactNode }[] = [
    { id: 'vault', node: <VaultOptions lang={lang} store={vaultStore} /> },
    { id: 'assistant', node: <AssistantSettings lang={lang} /> },
  ];
  return (
    <main>
      <h1>{TITLES[lang]}</h1>
      {sections.map((s) => <div key={s.id} id={`section-${s.id}`}>{s.node}</div>)}
    </main>
  );
}
