// A household whose every value must never reach the proxy, and the shapes pages write them in.
// Shared by the unit tests and tests/e2e/assistant.e2e.ts.
import type { Profile } from '@/lib/profile/types';

export const APPLICANT = {
  'given-name': 'Wendelgard',
  'family-name': 'Ottmann-Zöllner',
  'birth-place': 'Halberstadt',
  'street': 'Kirschgartenstraße',
  'house-number': '17b',
  'postal-code': '38855',
  'city': 'Wernigerode-Silstedt',
  'email': 'wendelgard.ottmann@example.org',
  'tel': '+49 3943 654321',
  'tax-id': '86095742719',
  'iban': 'DE89370400440532013000',
  'passport-number': 'L01X00T47',
  'social-security-number': '15140879O512',
  'bday': '1979-08-14',
  'passport-issue-date': '2021-02-09',
  'nationality': 'DE',
  'sex': 'female',
} as const;

export const CHILD = { 'given-name': 'Mirabella', 'bday': '2016-11-23' } as const;

export const TEST_PROFILE: Profile = {
  schemaVersion: 2,
  people: [
    { id: 'applicant', role: 'applicant', label: '', values: { ...APPLICANT } },
    { id: 'child-a1b2c3', role: 'child', label: '', values: { ...CHILD } },
  ],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/**
 * Values that identify the household. The vocabulary values (nationality "DE", sex "female") are
 * left out on purpose: they are the form's own words and identify nobody (lib/assistant/own-shapes.ts).
 */
export const SECRETS: string[] = [
  ...Object.entries(APPLICANT).filter(([key]) => key !== 'nationality' && key !== 'sex').map(([, v]) => v),
  ...Object.values(CHILD),
];

/** How a page may write each value: case, spacing, grouping, transliteration, date formats. */
export const WRITTEN_FORMS: Record<string, string[]> = {
  'Wendelgard': ['Wendelgard', 'WENDELGARD', 'wendelgard'],
  'Ottmann-Zöllner': ['Ottmann-Zöllner', 'OTTMANN-ZÖLLNER', 'Ottmann-Zoellner', 'Ottmann Zollner', 'Zöllner', 'Ottmann'],
  'Halberstadt': ['Halberstadt', 'HALBERSTADT'],
  'Kirschgartenstraße': ['Kirschgartenstraße', 'Kirschgartenstrasse', 'Kirschgartenstr.', 'KIRSCHGARTENSTRASSE'],
  '17b': ['17b', '17 B'],
  '38855': ['38855'],
  'Wernigerode-Silstedt': ['Wernigerode-Silstedt', 'Wernigerode Silstedt', 'WERNIGERODE–SILSTEDT'],
  'wendelgard.ottmann@example.org': ['wendelgard.ottmann@example.org', 'WENDELGARD.OTTMANN@EXAMPLE.ORG'],
  '+49 3943 654321': ['+49 3943 654321', '0049 3943 654321', '03943 654321', '03943/654321', '+49 (0)3943 654321', '+49-3943-654-321'],
  '86095742719': ['86095742719', '86 095 742 719', '860 957 427 19'],
  'DE89370400440532013000': ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'de89 3704 0044 0532 0130 00', 'DE89-3704-0044-0532-0130-00'],
  'L01X00T47': ['L01X00T47', 'l01x00t47', 'L01X 00T47'],
  '15140879O512': ['15140879O512', '15 140879 O 512'],
  '1979-08-14': ['1979-08-14', '14.08.1979', '14.8.1979', '14/08/1979', '14. August 1979', '14 août 1979', 'August 14, 1979', '14. AUGUST 1979', '14.8.79'],
  '2021-02-09': ['2021-02-09', '09.02.2021', '9 février 2021', '9. Februar 2021'],
  'Mirabella': ['Mirabella', 'MIRABELLA'],
  '2016-11-23': ['23.11.2016', '23 novembre 2016', 'November 23rd, 2016'],
};
