// The extension's storage areas through WXT's `storage` (kept apart from ./areas.ts so Node tests
// and the benchmark bundle never load browser APIs).
import { storage } from 'wxt/utils/storage';
import type { KeyValueArea } from './areas';

/** storage.local (ciphertext, settings) or storage.session (the unlocked key; trusted contexts only). */
export function wxtArea(area: 'local' | 'session'): KeyValueArea {
  return {
    get: (key) => storage.getItem(`${area}:${key}`),
    set: (key, value) => storage.setItem(`${area}:${key}`, value),
    remove: (key) => storage.removeItem(`${area}:${key}`),
  };
}
