// The values of one person, in the schema's groups (lib/profile/schema.ts KEY_GROUPS), each a
// fieldset with a legend; the "derived" group is folded away.
import { useStore } from 'zustand';
import { KEY_GROUPS } from '@/lib/profile/schema';
import type { ProfilePerson } from '@/lib/profile/types';
import { FieldControl } from './FieldControl';
import { GROUP_NAMES, text, type Lang } from './i18n';
import type { VaultStore } from './store';

export function PersonEditor({ store, person, lang, showProblems }: { store: VaultStore; person: ProfilePerson; lang: Lang; showProblems: boolean }) {
  const problems = useStore(store, (s) => s.problems[person.id]) ?? {};
  const { editValue, editLabel } = store.getState();
  const labelId = `vault-person-label-${person.id}`;
  const groups = KEY_GROUPS.map((group) => {
    const fields = group.keys.map((key) => (
      <FieldControl
        key={key}
        fieldKey={key}
        value={person.values[key] ?? ''}
        problem={problems[key]}
        showProblem={showProblems}
        lang={lang}
        onChange={(value) => editValue(person.id, key, value)}
      />
    ));
    const body = <fieldset key={group.id} className="vault-group"><legend>{GROUP_NAMES[group.id][lang]}</legend>{fields}</fieldset>;
    return group.id === 'derived' ? <details key={group.id}><summary>{GROUP_NAMES[group.id][lang]}</summary>{body}</details> : body;
  });
  return (
    <div className="vault-person">
      <div className="vault-field">
        <label htmlFor={labelId}>{text(lang, 'personLabel')}</label>
        <input id={labelId} name="person-label" value={person.label} maxLength={100} autoComplete="off" onChange={(e) => editLabel(person.id, e.target.value)} />
      </div>
      {groups}
    </div>
  );
}
