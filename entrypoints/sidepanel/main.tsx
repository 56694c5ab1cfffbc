import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { createPanelStore } from '@/components/sidepanel/store';
import { connectPanel } from '@/components/sidepanel/connect';
import '@/components/sidepanel/panel.css';

const store = createPanelStore();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<SidePanelApp store={store} />);
  void connectPanel(store, new URL(location.href));
}
