// What the locked (or missing) vault means for the citizen, and what to do about it.
import { openVaultPage } from './actions';
import { usePanel, useT } from './context';

export function VaultNotice() {
  const t = useT();
  const vault = usePanel((s) => s.vault);
  if (vault !== 'locked' && vault !== 'none') return null;
  return (
    <section className="notice notice-vault" aria-labelledby="vault-notice-heading" data-testid="vault-notice">
      <h2 id="vault-notice-heading">{vault === 'locked' ? t('vault_notice_locked_title') : t('vault_notice_none_title')}</h2>
      <p>{vault === 'locked' ? t('vault_notice_locked_text') : t('vault_notice_none_text')}</p>
      <button type="button" className="button" onClick={openVaultPage}>
        {vault === 'locked' ? t('vault_unlock_button') : t('vault_create_button')}
      </button>
    </section>
  );
}
