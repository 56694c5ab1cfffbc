// One group of the guide: a section (and the person it is about, when it is not the applicant).
import type { Translate } from './i18n';
import { useT } from './context';
import { FieldItem } from './FieldItem';
import type { GuideGroup } from './guide';

export function groupTitle(group: GuideGroup, t: Translate): string {
  const parts = [group.sections.join(' › ')];
  if (group.person !== 'applicant') {
    const n = String((group.personIndex ?? 0) + 1);
    const person = group.person === 'partner' ? t('person_partner') : group.person === 'child' ? t('person_child', n) : t('person_other');
    parts.push(person);
  }
  return parts.filter(Boolean).join(' · ');
}

interface Props {
  group: GuideGroup;
  selectedId: string | null;
  portalId: string | null;
  pageUrl: string;
  /** The group's fields are not on screen now (another step of a wizard). */
  offScreen?: boolean;
}

export function FieldGroup({ group, selectedId, portalId, pageUrl, offScreen = false }: Props) {
  const t = useT();
  const title = groupTitle(group, t);
  const headingId = `${group.id}-heading`;
  return (
    <div className="field-group" role={title ? "group" : undefined} aria-labelledby={title ? headingId : undefined}>
      {title && <h3 id={headingId}>{title}</h3>}
      <ul className="field-list">
        {group.entries.map((entry) => (
          <FieldItem key={entry.id} entry={entry} level={title ? 4 : 3} selected={entry.id === selectedId} portalId={portalId} pageUrl={pageUrl} offScreen={offScreen} />
        ))}
      </ul>
    </div>
  );
}
