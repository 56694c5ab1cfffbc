// One profile value: a labelled control chosen by the key's kind, with its problem shown beneath it
// (after the user leaves the field, or after a save attempt) and tied to it by aria-describedby.
import { useId, useMemo, useState } from 'react';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { FieldKey } from '@/lib/fields/keys';
import type { Problem } from '@/lib/profile/checks/problems';
import { problemMessage } from '@/lib/profile/messages';
import { VALUE_KINDS } from '@/lib/profile/schema';
import { MARITAL_STATUS_VALUES, SEX_VALUES } from '@/lib/profile/types';
import { keyName, MARITAL_NAMES, SEX_NAMES, text, type Lang } from './i18n';

countries.registerLocale(de);
countries.registerLocale(en);
countries.registerLocale(fr);

function countryOptions(lang: Lang): [string, string][] {
  return Object.entries(countries.getNames(lang, { select: 'official' })).sort((a, b) => a[1].localeCompare(b[1], lang));
}

const INPUT_TYPES: Partial<Record<string, string>> = { date: 'date', email: 'email', tel: 'tel' };
/** Keys whose values are codes: no spell check, no capitalisation by mobile keyboards. */
const CODE_KINDS = new Set(['iban', 'bic', 'tax-id', 'tax-number', 'social-security-number', 'health-insurance-number', 'document-number', 'postal-code']);

export interface FieldControlProps {
  fieldKey: FieldKey;
  value: string;
  problem: Problem | undefined;
  showProblem: boolean;
  lang: Lang;
  onChange(value: string): void;
}

export function FieldControl({ fieldKey, value, problem, showProblem, lang, onChange }: FieldControlProps) {
  const id = useId();
  const [left, setLeft] = useState(false);
  const kind = VALUE_KINDS[fieldKey];
  const visibleProblem = problem && (left || showProblem) ? problemMessage(problem, lang) : null;
  const common = {
    id,
    name: fieldKey,
    'aria-invalid': visibleProblem ? true : undefined,
    'aria-describedby': visibleProblem ? `${id}-problem` : undefined,
    onBlur: () => setLeft(true),
  };
  const options = useMemo((): [string, string][] | null => {
    if (kind === 'sex') return SEX_VALUES.map((v) => [v, SEX_NAMES[v][lang]]);
    if (kind === 'marital-status') return MARITAL_STATUS_VALUES.map((v) => [v, MARITAL_NAMES[v][lang]]);
    if (kind === 'country') return countryOptions(lang);
    return null;
  }, [kind, lang]);

  return (
    <div className="vault-field">
      <label htmlFor={id}>{keyName(fieldKey, lang)}</label>
      {options ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{text(lang, 'choose')}</option>
          {/* A value the list does not know (e.g. from an old version) stays visible, not lost. */}
          {value && !options.some(([v]) => v === value) && <option value={value}>{value}</option>}
          {options.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
      ) : (
        <input
          {...common}
          type={INPUT_TYPES[kind] ?? 'text'}
          value={value}
          autoComplete="off"
          spellCheck={CODE_KINDS.has(kind) ? false : undefined}
          autoCapitalize={CODE_KINDS.has(kind) ? 'characters' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {visibleProblem && <p id={`${id}-problem`} className="vault-problem">{visibleProblem}</p>}
    </div>
  );
}
