// The classifier's public face: pure functions from snapshots to classifications (no DOM).
export { classifyField, type ClassifyContext, type FieldDecision } from './field';
export { classifyPage, classifyDecisions } from './page';
export { matchText } from './match';
export { optionTrait, type OptionTrait } from './options';
export { detectPerson, type PersonFinding } from './persons';
export { autocompleteKey } from './autocomplete';
