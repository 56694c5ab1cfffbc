// The vault's lock state as the panel shows it (the vault itself lives in the background).
import type { PanelSlice } from '../store';

/** 'unknown' until the background answered; 'none' when no profile was created yet. */
export type PanelVaultState = 'unknown' | 'none' | 'locked' | 'unlocked';

export interface VaultSlice {
  vault: PanelVaultState;
  setVault(vault: PanelVaultState): void;
}

export const createVaultSlice: PanelSlice<VaultSlice> = (set) => ({
  vault: 'unknown',
  setVault: (vault) => set({ vault }),
});
