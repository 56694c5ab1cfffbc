// Reading and replacing the stored vault without ever losing it. A new envelope is written to a
// staging key, read back and decrypted; only then does it replace the vault, which is read back too.
// If anything fails before the swap the vault was never touched; if the swap itself reads back
// wrong, the previous text is put back.
import { isQuotaError, type KeyValueArea } from './areas';
import { failure, success, type VaultResult } from './errors';

export const VAULT_KEY = 'vault';
export const STAGING_KEY = 'vault-staging';

export async function readVaultText(area: KeyValueArea): Promise<VaultResult<unknown>> {
  try {
    return success(await area.get(VAULT_KEY));
  } catch {
    return failure('storage-failed');
  }
}

async function attempt(op: () => Promise<unknown>): Promise<VaultResult<void>> {
  try {
    await op();
    return success(undefined);
  } catch (error) {
    return failure(isQuotaError(error) ? 'quota-exceeded' : 'storage-failed');
  }
}

/**
 * Replaces the stored vault with `text` after `verify(readBack)` confirms the staged copy decrypts
 * to what was meant. `previous` is the text that was stored before (null when creating).
 */
export async function replaceVaultVerified(
  area: KeyValueArea,
  text: string,
  previous: unknown,
  verify: (stored: unknown) => Promise<boolean>,
): Promise<VaultResult<void>> {
  const dropStaging = () => area.remove(STAGING_KEY).catch(() => undefined);
  const staged = await attempt(() => area.set(STAGING_KEY, text));
  if (!staged.ok) {
    await dropStaging();
    return staged;
  }
  const readBack = await attempt(async () => {
    const stored = await area.get(STAGING_KEY);
    if (stored !== text || !(await verify(stored))) throw new Error('staged vault does not verify');
  });
  if (!readBack.ok) {
    await dropStaging();
    return failure(readBack.error === 'quota-exceeded' ? 'quota-exceeded' : 'storage-failed');
  }
  const swapped = await attempt(async () => {
    await area.set(VAULT_KEY, text);
    if ((await area.get(VAULT_KEY)) !== text) throw new Error('vault read-back differs');
  });
  if (!swapped.ok) {
    // storage.local.set is atomic, so a failed set left the old value; a wrong read-back did not.
    await attempt(() => (previous === null || previous === undefined ? area.remove(VAULT_KEY) : area.set(VAULT_KEY, previous)));
    await dropStaging();
    return swapped;
  }
  await dropStaging();
  return success(undefined);
}
