import { useEffect } from 'react';
import { PanelStoreContext, usePanel } from './context';
import { LANG_NAMES } from './i18n';
import { PageBody } from './PageBody';
import { PanelHeader } from './PanelHeader';
import type { PanelStore } from './store';

function Panel() {
  const lang = usePanel((s) => s.lang);
  useEffect(() => {
    // WCAG 3.1.1: the page says which language it is in, so screen readers pronounce it right.
    document.documentElement.lang = LANG_NAMES[lang].tag;
  }, [lang]);
  return (
    <>
      <PanelHeader />
      <main className="panel-main" id="main">
        <PageBody />
      </main>
    </>
  );
}

export function SidePanelApp({ store }: { store: PanelStore }) {
  return (
    <PanelStoreContext.Provider value={store}>
      <Panel />
    </PanelStoreContext.Provider>
  );
}
