// The vault UI's state (STYLE: zustand, a store factory so each test starts fresh). Holds the
// decrypted profile only while the vault is open: on lock (by hand, by timeout, from another page)
// the draft is dropped.
import { createStore } from 'zustand/vanilla';
import type { FieldKey, Person } from '@/lib/fields/keys';
import { newPerson } from '@/lib/profile/schema';
import type { Profile } from '@/lib/profile/types';
import { checkPerson, type PersonProblems } from '@/lib/profile/validate';
import type { VaultError } from '@/lib/vault/errors';
import type { VaultClient } from '@/lib/vault/protocol';
import type { VaultStatus } from '@/lib/vault/service';
import type { TextId } from './i18n';

export type Notice = { kind: 'error'; error: VaultError } | { kind: 'error' | 'success'; text: TextId; params?: Record<string, number> };

export interface VaultUiState {
  status: VaultStatus | null;
  /** The profile being edited (decrypted), only while unlocked. */
  draft: Profile | null;
  dirty: boolean;
  problems: Record<string, PersonProblems>;
  selectedId: string;
  busy: boolean;
  notice: Notice | null;
  refresh(): Promise<void>;
  applyStatus(status: VaultStatus): void;
  create(passphrase: string, repeat: string): Promise<boolean>;
  unlock(passphrase: string): Promise<boolean>;
  lock(): Promise<void>;
  editValue(personId: string, key: FieldKey, value: string): void;
  editLabel(personId: string, label: string): void;
  addPerson(role: Person): void;
  removePerson(personId: string): void;
  select(personId: string): void;
  save(): Promise<boolean>;
  changePassphrase(current: string, next: string, repeat: string): Promise<boolean>;
  exportFile(): Promise<{ text: string; filename: string } | null>;
  importFile(text: string, passphrase: string): Promise<boolean>;
  destroy(): Promise<boolean>;
  setIdleMinutes(minutes: number): Promise<boolean>;
  activity(): void;
}

/** How often typing in the editor tells the background the user is still there. */
const TOUCH_EVERY_MS = 30_000;

export function createVaultStore(client: VaultClient, now: () => Date = () => new Date()) {
  let lastTouch = 0;
  return createStore<VaultUiState>()((set, get) => {
    /** Runs a client call with busy state; a failure becomes the notice. */
    async function call<T>(op: () => Promise<{ ok: true; value: T } | { ok: false; error: VaultError }>): Promise<T | null> {
      set({ busy: true, notice: null });
      try {
        const result = await op();
        if (!result.ok) {
          set({ notice: { kind: 'error', error: result.error } });
          if (result.error === 'locked') await get().refresh();
          return null;
        }
        return result.value;
      } finally {
        set({ busy: false });
      }
    }

    function opened(profile: Profile, notice: Notice | null = null) {
      const problems = Object.fromEntries(profile.people.map((p) => [p.id, checkPerson(p, now()).problems]));
      set({ draft: profile, dirty: false, problems, selectedId: profile.people[0]?.id ?? '', notice });
    }

    function updatePerson(personId: string, change: (p: Profile['people'][number]) => Profile['people'][number]) {
      const draft = get().draft;
      if (!draft) return;
      const people = draft.people.map((p) => (p.id === personId ? change(p) : p));
      const person = people.find((p) => p.id === personId);
      const problems = person ? { ...get().problems, [personId]: checkPerson(person, now()).problems } : get().problems;
      set({ draft: { ...draft, people }, dirty: true, problems });
      get().activity();
    }

    return {
      status: null,
      draft: null,
      dirty: false,
      problems: {},
      selectedId: '',
      busy: false,
      notice: null,

      async refresh() {
        const status = await client['vault/status']({});
        if (status.ok) get().applyStatus(status.value);
        if (status.ok && status.value.state === 'unlocked' && !get().draft) {
          const profile = await client['vault/read']({});
          if (profile.ok) opened(profile.value);
        }
      },

      applyStatus(status) {
        if (status.state !== 'unlocked') set({ draft: null, dirty: false, problems: {}, selectedId: '' });
        set({ status });
      },

      async create(passphrase, repeat) {
        if (passphrase !== repeat) {
          set({ notice: { kind: 'error', text: 'mismatch' } });
          return false;
        }
        const profile = await call(() => client['vault/create']({ passphrase }));
        if (!profile) return false;
        opened(profile);
        await get().refresh();
        return true;
      },

      async unlock(passphrase) {
        const result = await call(() => client['vault/unlock']({ passphrase }));
        if (!result) return false;
        opened(result.profile, result.migratedFrom ? { kind: 'success', text: 'migrated' } : null);
        await get().refresh();
        return true;
      },

      async lock() {
        const status = await call(() => client['vault/lock']({}));
        if (status) get().applyStatus(status);
      },

      editValue: (personId, key, value) => updatePerson(personId, (p) => ({ ...p, values: { ...p.values, [key]: value } })),
      editLabel: (personId, label) => updatePerson(personId, (p) => ({ ...p, label })),

      addPerson(role) {
        const draft = get().draft;
        if (!draft) return;
        const person = newPerson(draft, role);
        set({ draft: { ...draft, people: [...draft.people, person] }, dirty: true, selectedId: person.id, problems: { ...get().problems, [person.id]: {} } });
      },

      removePerson(personId) {
        const draft = get().draft;
        if (!draft || personId === 'applicant') return;
        const people = draft.people.filter((p) => p.id !== personId);
        set({ draft: { ...draft, people }, dirty: true, selectedId: people[0]?.id ?? '' });
      },

      select: (selectedId) => set({ selectedId }),

      async save() {
        const draft = get().draft;
        if (!draft) return false;
        const checked = draft.people.map((p) => ({ person: p, ...checkPerson(p, now()) }));
        const problems = Object.fromEntries(checked.map((c) => [c.person.id, c.problems]));
        const count = checked.reduce((n, c) => n + Object.keys(c.problems).length, 0);
        if (count > 0) {
          set({ problems, notice: { kind: 'error', text: 'fixFields', params: { count } } });
          return false;
        }
        const canonical: Profile = { ...draft, people: checked.map((c) => ({ ...c.person, label: c.person.label.trim(), values: c.values })) };
        const saved = await call(() => client['vault/save']({ profile: canonical }));
        if (!saved) return false;
        set({ draft: saved, dirty: false, problems, notice: { kind: 'success', text: 'saved' } });
        return true;
      },

      async changePassphrase(current, next, repeat) {
        if (next !== repeat) {
          set({ notice: { kind: 'error', text: 'mismatch' } });
          return false;
        }
        const done = await call(async () => {
          const r = await client['vault/change-passphrase']({ current, next });
          return r.ok ? { ok: true as const, value: true } : r;
        });
        if (done) set({ notice: { kind: 'success', text: 'changed' } });
        return Boolean(done);
      },

      async exportFile() {
        const file = await call(() => client['vault/export']({}));
        if (file) set({ notice: { kind: 'success', text: 'exported' } });
        return file;
      },

      async importFile(text, passphrase) {
        const profile = await call(() => client['vault/import']({ text, passphrase }));
        if (!profile) return false;
        opened(profile, { kind: 'success', text: 'imported' });
        await get().refresh();
        return true;
      },

      async destroy() {
        const done = await call(async () => {
          const r = await client['vault/destroy']({});
          return r.ok ? { ok: true as const, value: true } : r;
        });
        await get().refresh();
        return Boolean(done);
      },

      async setIdleMinutes(minutes) {
        const status = await call(() => client['vault/set-idle-minutes']({ minutes }));
        if (!status) return false;
        set({ status, notice: { kind: 'success', text: 'idleSaved' } });
        return true;
      },

      activity() {
        const t = now().getTime();
        if (t - lastTouch < TOUCH_EVERY_MS || get().status?.state !== 'unlocked') return;
        lastTouch = t;
        void client['vault/touch']({}).then((r) => r.ok && set({ status: r.value }));
      },
    };
  });
}

export type VaultStore = ReturnType<typeof createVaultStore>;
