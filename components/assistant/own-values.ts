// The user's own profile values, for redaction before asking (lib/assistant/redact-profile.ts). The profile
// lives unlocked only in the background's vault service; extension pages read it by message. While
// a vault exists but is locked we cannot know its values, so the assistant does not ask at all.
import { messageClient } from '@/components/vault/client';
import { ownValuesOf, type OwnValue } from '@/lib/assistant/redact-profile';
import type { VaultClient } from '@/lib/vault/protocol';

export type OwnValuesOutcome =
  | { kind: 'ready'; values: OwnValue[] }
  /** A vault exists and is locked: asking now could send values we cannot recognise. */
  | { kind: 'locked' }
  /** The background did not answer (restarting): try again. */
  | { kind: 'unavailable' };

export type ReadOwnValues = () => Promise<OwnValuesOutcome>;

export function ownValuesReader(client: Pick<VaultClient, 'vault/status' | 'vault/read'> = messageClient()): ReadOwnValues {
  return async () => {
    const status = await client['vault/status']({});
    if (!status.ok) return { kind: 'unavailable' };
    if (status.value.state === 'none') return { kind: 'ready', values: [] }; // no profile: the generic patterns still apply
    if (status.value.state === 'locked') return { kind: 'locked' };
    const read = await client['vault/read']({});
    if (read.ok) return { kind: 'ready', values: ownValuesOf(read.value) };
    return read.error === 'locked' ? { kind: 'locked' } : { kind: 'unavailable' };
  };
}
