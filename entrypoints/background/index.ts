import { browser } from 'wxt/browser';
import { startVaultService } from '@/lib/vault/background';
import { handleRequests, requestFromTab, type BackgroundRequests } from '@/lib/messaging';
import { analyseOnRequest, type AnalyseDeps } from './analyse-on-request';

const analyseDeps = (): AnalyseDeps => ({
  extensionId: browser.runtime.id,
  extensionUrl: browser.runtime.getURL('/'),
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  answers: async (tabId) => Boolean(await requestFromTab(tabId, 'page/get-report', {})),
  inject: async (tabId, file) => void (await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] })),
});

// Wiring only: how the toolbar button opens the guide in each browser, and the background's requests.
export default defineBackground(() => {
  startVaultService();
  if (import.meta.env.CHROME) {
    // Chrome: the action opens the side panel (sidePanel permission is Chrome-only).
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  } else {
    // Firefox: the action toggles the sidebar.
    browser.action.onClicked.addListener(() => {
      void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle();
    });
  }
  handleRequests<BackgroundRequests>({
    'tab/analyse-on-request': ({ tabId }, sender) => analyseOnRequest(tabId, sender, analyseDeps()),
  });
});
