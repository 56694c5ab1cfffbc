// The autocomplete attribute (WHATWG HTML §4.10.18.7): the page's own statement of what a field
// is. Only a field-name token counts; "on", "off" and made-up values say nothing. Some tokens are
// used against their meaning so often that they say nothing either (below, with the reason).
import { AUTOCOMPLETE_TOKEN, type FieldKey } from '../fields/keys';

const TOKEN_TO_KEY = new Map<string, FieldKey | null>([
  ...Object.entries(AUTOCOMPLETE_TOKEN).map(([key, token]) => [token, key as FieldKey] as const),
  // Mapping notes of ../shared/corpus/README.md and WHATWG's grouping of the address tokens.
  ['address-line1', 'street-address'],
  ['tel-national', 'tel'],
  ['country-name', 'country'],
  // Tokens the profile has no value for: decided as "not ours", so no later rule may fill them.
  ['nickname', null], // display names on sign-ups far more often than a religious or artistic name
  ['additional-name', null],
  ['honorific-suffix', null],
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
  ['cc-name', null],
  ['cc-number', null],
  ['cc-csc', null],
  ['cc-exp', null],
  ['cc-exp-month', null],
  ['cc-exp-year', null],
  ['cc-type', null],
]);

/**
 * Tokens that say nothing about the field: "new-password" and "current-password" are set on address
 * and email inputs to stop browsers' autofill (seen on walmart.com, rightmove.co.uk); "username" sits
 * on email inputs whose account name is the email; "organization" is the company of an address,
 * not necessarily the person's employer (precision first: a checkout's company is not filled with
 * the employer); a card holder's given and family name are the buyer's on the billing forms they sit on.
 */
const NO_STATEMENT = new Set(['username', 'new-password', 'current-password', 'organization', 'cc-given-name', 'cc-family-name', 'cc-additional-name', 'webauthn']);

export interface AutocompleteDecision {
  key: FieldKey | null;
  token: string;
}

/** The field-name token of an autocomplete value ("section-a shipping given-name" → given-name), mapped to a key. */
export function autocompleteKey(value: string): AutocompleteDecision | null {
  if (!value) return null; // most controls have no autocomplete attribute
  const tokens = value.toLowerCase().split(/\s+/).filter((t) => !NO_STATEMENT.has(t));
  // A value naming a profile field and a card field at once ("billing given-name cc-given-name")
  // is malformed; the profile field is what the form shows.
  const known = tokens.find((t) => TOKEN_TO_KEY.get(t)) ?? tokens.find((t) => TOKEN_TO_KEY.has(t));
  return known ? { key: TOKEN_TO_KEY.get(known) ?? null, token: known } : null;
}
