// One person of the form in the preview: who from the profile it is (the chooser), and the values
// that would go into that person's fields, each sensitive one with its own unticked box.
import { useId } from 'react';
import { usePanel, usePanelStore } from '@/components/sidepanel/context';
import type { UiLang } from '@/components/sidepanel/i18n';
import type { Profile } from '@/lib/profile/types';
import { fillText, outcomeText, personName, reasonText } from './i18n';
import type { PreviewRow, PreviewSlot } from './preview';

function PersonChooser({ slot, profile, lang }: { slot: PreviewSlot; profile: Profile; lang: UiLang }) {
  const store = usePanelStore();
  const id = useId();
  return (
    <div className="fill-chooser">
      <label htmlFor={id}>{fillText(lang, 'whoIs')}</label>
      <select
        id={id}
        data-testid="person-chooser"
        data-slot={slot.slot}
        value={slot.chosen?.id ?? ''}
        onChange={(event) => store.getState().choosePerson(slot.slot, event.target.value || null)}
      >
        {profile.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label || p.values['given-name'] || p.id}
          </option>
        ))}
        <option value="">{fillText(lang, 'nobody')}</option>
      </select>
    </div>
  );
}

/** What a row says after a fill: the outcome of its field, or nothing yet. */
function RowOutcome({ row, lang }: { row: PreviewRow; lang: UiLang }) {
  const outcome = usePanel((s) => s.outcomes[row.fieldId]);
  if (!outcome) return null;
  return <p className={`fill-outcome fill-outcome-${outcome.status}`}>{outcomeText(lang, outcome)}</p>;
}

function ValueRow({ row, lang }: { row: PreviewRow; lang: UiLang }) {
  const store = usePanelStore();
  const item = row.item!;
  const ticked = usePanel((s) => s.ticked[item.fieldId] === true);
  const status = usePanel((s) => s.outcomes[row.fieldId]?.status ?? 'planned');
  const id = useId();
  return (
    <li className="fill-row" data-field-id={row.fieldId} data-status={status} data-sensitive={item.sensitive || undefined}>
      <span id={`${id}-label`} className="fill-label" lang={row.lang || undefined}>
        {row.label}
      </span>
      <span className="fill-value">{item.display}</span>
      {item.sensitive && (
        <span className="fill-sensitive">
          {/* Named "<field> – enter (confidential)": the short visible text alone would repeat on every row. */}
          <input
            id={`${id}-tick`}
            type="checkbox"
            data-testid="tick-sensitive"
            aria-labelledby={`${id}-label ${id}-tick-text`}
            checked={ticked}
            onChange={(event) => store.getState().tick(item.fieldId, event.target.checked)}
          />
          <label id={`${id}-tick-text`} htmlFor={`${id}-tick`}>
            {fillText(lang, 'tickSensitive')}
          </label>
        </span>
      )}
      <RowOutcome row={row} lang={lang} />
    </li>
  );
}

export function FillSlot({ slot, profile, lang }: { slot: PreviewSlot; profile: Profile; lang: UiLang }) {
  const headingId = useId();
  return (
    <section className="fill-slot" aria-labelledby={headingId} data-slot={slot.slot}>
      <h3 id={headingId}>{personName(lang, slot.person, slot.index)}</h3>
      {slot.sections.length > 0 && <p className="fill-sections">{fillText(lang, 'sectionsOf', { sections: slot.sections.join(' · ') })}</p>}
      <PersonChooser slot={slot} profile={profile} lang={lang} />
      {slot.rows.length > 0 && (
        <ul className="fill-rows">
          {slot.rows.map((row) => (
            <ValueRow key={row.entryId} row={row} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The fields left out, each with why (collapsed: the citizen opens it when something is missing). */
export function SkippedRows({ rows, lang }: { rows: readonly PreviewRow[]; lang: UiLang }) {
  if (rows.length === 0) return null;
  return (
    <details className="fill-skipped" data-testid="fill-skipped">
      <summary>{fillText(lang, 'skippedHeading', { count: rows.length })}</summary>
      <ul className="fill-rows">
        {rows.map((row) => (
          <li key={row.entryId} className="fill-row" data-field-id={row.fieldId} data-status="not-planned" data-reason={row.skip?.reason}>
            <span className="fill-label" lang={row.lang || undefined}>
              {row.label}
            </span>
            <span className="fill-why">{row.skip ? reasonText(lang, row.skip.reason) : ''}</span>
            <RowOutcome row={row} lang={lang} />
          </li>
        ))}
      </ul>
    </details>
  );
}
