// The vault's lock state, compact, in the header; and the notice in the page body when it is locked.
import { usePanel, useT } from './context';
import { Icon, type IconName } from './Icon';

export function VaultStatus() {
  const t = useT();
  const vault = usePanel((s) => s.vault);
  if (vault === 'unknown') return null;
  const [icon, text]: [IconName, string] =
    vault === 'unlocked' ? ['unlock', t('vault_unlocked')] : vault === 'locked' ? ['lock', t('vault_locked')] : ['empty', t('vault_none')];
  return (
    <p className={`vault-status vault-${vault}`} data-testid="vault-status">
      <Icon name={icon} /> {text}
    </p>
  );
}
