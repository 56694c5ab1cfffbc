import { browser } from 'wxt/browser';
import { startVaultService } from '@/lib/vault/background';

// Wiring only: how the toolbar button opens the guide in each browser.
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
});
