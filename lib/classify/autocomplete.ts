// The autocomplete attribute (WHATWG HTML §4.10.18.7): the page's own statement of what a field
// is. Only a field-name token counts; "on", "off" and made-up values say nothing.
import { AUTOCOMPLETE_TOKEN, type FieldKey } from '../fields/keys';

const TOKEN_TO_KEY = new Map<string, FieldKey | null>([
  ...Object.entries(AUTOCOMPLETE_TOKEN).map(([key, token]) => [token, key as FieldKey] as const),
  // Mapping notes of ../shared/corpus/README.md and WHATWG's grouping of the address tokens.
  ['address-line1', 'street-address'],
  ['tel-national', 'tel'],
  ['country-name', 'country'],
  // Tokens the profile has no value for: decided as "not ours", so no later rule may fill them.
  ['nickname', null],
  ['additional-name', null],
  ['honorific-suffix', null],
  ['username', null],
  ['new-password', null],
  ['current-password', null],
  ['one-time-code', null],
  ['address-line3', null],
  ['address-level3', null],
  ['address-level4', null],
  ['tel-country-code', null],
  ['tel-area-code', null],
  ['tel-local', null],
  ['tel-local-prefix', null],
  ['tel-local-suffix', null],
  ['tel-extension', null],
  ['impp', null],
  ['url', null],
  ['photo', null],
  ['language', null],
  ['transaction-currency', null],
  ['transaction-amount', null],
  ['webauthn', null],
]);

export interface AutocompleteDecision {
  key: FieldKey | null;
  token: string;
}

/** The field-name token of an autocomplete value ("section-a shipping given-name" → given-name), mapped to a key. */
export function autocompleteKey(value: string): AutocompleteDecision | null {
  for (const token of value.toLowerCase().split(/\s+/).reverse()) {
    if (token.startsWith('cc-')) return { key: null, token };
    if (TOKEN_TO_KEY.has(token)) return { key: TOKEN_TO_KEY.get(token) ?? null, token };
  }
  return null;
}
