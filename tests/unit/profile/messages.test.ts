import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '@/lib/profile/checks/problems';
import { LANGS, PROBLEM_MESSAGES, problemMessage } from '@/lib/profile/messages';

describe('validation messages', () => {
  it.each(PROBLEM_CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const)))('%s has a %s sentence that ends in a full stop', (code, lang) => {
    const text = PROBLEM_MESSAGES[code][lang];
    expect(text.length).toBeGreaterThan(20);
    expect(text.trim()).toMatch(/[.!]$/);
  });

  it('fills the parameters a sentence names', () => {
    expect(problemMessage({ code: 'iban-length', params: { country: 'DE' } }, 'en')).toContain('for DE');
    expect(problemMessage({ code: 'too-long', params: { max: 300 } }, 'de')).toContain('300 Zeichen');
  });
});
