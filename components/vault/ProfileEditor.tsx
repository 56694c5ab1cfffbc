// The household: the list of people (select one, add, remove), the selected person's values, save.
import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { Person } from '@/lib/fields/keys';
import { PersonEditor } from './PersonEditor';
import { ROLE_NAMES, text, type Lang } from './i18n';
import type { VaultStore } from './store';

const ADDABLE: Person[] = ['partner', 'child', 'other'];

export function ProfileEditor({ store, lang }: { store: VaultStore; lang: Lang }) {
  const { draft, selectedId, dirty, busy } = useStore(store, useShallow((s) => ({ draft: s.draft, selectedId: s.selectedId, dirty: s.dirty, busy: s.busy })));
  const [attempted, setAttempted] = useState(false);
  if (!draft) return null;
  const { select, addPerson, removePerson, save } = store.getState();
  const selected = draft.people.find((p) => p.id === selectedId) ?? draft.people[0];
  const nameOf = (p: (typeof draft.people)[number]) => p.label.trim() || ROLE_NAMES[p.role][lang];

  async function onSave(event: React.FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const ok = await save();
    if (!ok) {
      // Take the user to the first field that needs fixing.
      const first = document.querySelector<HTMLElement>('.vault-editor [aria-invalid="true"]');
      first?.focus();
    }
  }

  return (
    <form className="vault-editor" onSubmit={onSave} aria-labelledby="vault-people-heading" noValidate>
      <h3 id="vault-people-heading">{text(lang, 'people')}</h3>
      <ul className="vault-people">
        {draft.people.map((p) => (
          <li key={p.id}>
            <button type="button" aria-pressed={p.id === selected?.id} onClick={() => select(p.id)}>
              {nameOf(p)} <span className="vault-role">({ROLE_NAMES[p.role][lang]})</span>
            </button>
            {p.role !== 'applicant' && (
              <button type="button" className="vault-remove" onClick={() => removePerson(p.id)} aria-label={text(lang, 'removePerson', { name: nameOf(p) })}>×</button>
            )}
          </li>
        ))}
      </ul>
      <div className="vault-add">
        {ADDABLE.map((role) => (
          <button key={role} type="button" disabled={role === 'partner' && draft.people.some((p) => p.role === 'partner')} onClick={() => addPerson(role)}>
            {text(lang, 'addPerson', { role: ROLE_NAMES[role][lang] })}
          </button>
        ))}
      </div>
      {selected && (
        <section aria-label={nameOf(selected)}>
          <h4>{nameOf(selected)}</h4>
          <PersonEditor key={selected.id} store={store} person={selected} lang={lang} showProblems={attempted} />
        </section>
      )}
      <div className="vault-actions">
        <button type="submit" disabled={busy}>{text(lang, 'save')}</button>
        {dirty && <span className="vault-dirty">{text(lang, 'unsaved')}</span>}
      </div>
    </form>
  );
}
