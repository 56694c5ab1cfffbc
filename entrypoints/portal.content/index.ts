import { PORTAL_MATCH_PATTERNS } from '@/lib/portals/registry';
import { startPageSession } from './page-session';

// Runs only on the known portals' https origins (the registry's exact origins).
export default defineContentScript({
  matches: PORTAL_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    startPageSession(ctx);
  },
});
