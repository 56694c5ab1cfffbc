// The outcome of the last action as one sentence: errors as an alert (read out at once), successes as
// a polite status. Both regions always exist so screen readers announce changes to them.
import { useStore } from 'zustand';
import { vaultErrorMessage } from '@/lib/vault/errors';
import { text, type Lang } from './i18n';
import type { Notice, VaultStore } from './store';

function sentence(notice: Notice, lang: Lang): string {
  return 'error' in notice ? vaultErrorMessage(notice.error, lang) : text(lang, notice.text, notice.params);
}

export function VaultNotice({ store, lang }: { store: VaultStore; lang: Lang }) {
  const notice = useStore(store, (s) => s.notice);
  const isError = notice?.kind === 'error';
  return (
    <>
      <p role="alert" className="vault-notice vault-notice-error">{notice && isError ? sentence(notice, lang) : ''}</p>
      <p role="status" className="vault-notice vault-notice-success">{notice && !isError ? sentence(notice, lang) : ''}</p>
    </>
  );
}
