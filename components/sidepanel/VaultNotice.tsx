// What the locked (or missing) vault means for the citizen, and what to do about it.
import { openVaultPage } from './actions';
import { usePanel, useT } from './context';

/** `level`: its heading level where it stands (a page state of its own, or a note inside the guide). */
export function VaultNotice({ level }: { level: 2 | 3 }) {
  const t = useT();
  const vault = usePanel((s) => s.vault);
  if (vault !== 'locked' && vault !== 'none') return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="notice notice-vault" aria-labelledby="vault-notice-heading" data-testid="vault-notice">
      <Heading id="vault-notice-heading">{vault === 'locked' ? t('vault_notice_locked_title') : t('vault_notice_none_title')}</Heading>
      <p>{vault === 'locked' ? t('vault_notice_locked_text') : t('vault_notice_none_text')}</p>
      <button type="button" className="button" onClick={openVaultPage}>
        {vault === 'locked' ? t('vault_unlock_button') : t('vault_create_button')}
      </button>
    </section>
  );
}
