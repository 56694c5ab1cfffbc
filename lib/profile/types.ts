// The household profile as the planner and the vault see it. Values are stored in one canonical
// form per key, so the planner can format them for each control:
// - dates (bday, passport-issue-date, passport-expiry-date): ISO 8601 "YYYY-MM-DD"
// - countries (nationality, birth-country, country): ISO 3166-1 alpha-2, upper case ("DE")
// - sex: one of SEX_VALUES; marital-status: one of MARITAL_STATUS_VALUES
// - everything else: the text as the user typed it (trimmed)
// bday-day/-month/-year and full-name / street-address are derived from bday, given/family name and
// street + house number by the planner; the profile may still hold them when that is all it knows.
import type { FieldKey, Person } from '../fields/keys';

export const SEX_VALUES = ['female', 'male', 'diverse', 'unspecified'] as const;
export type Sex = (typeof SEX_VALUES)[number];

export const MARITAL_STATUS_VALUES = [
  'single',
  'married',
  'civil-partnership',
  'separated',
  'divorced',
  'widowed',
] as const;
export type MaritalStatus = (typeof MARITAL_STATUS_VALUES)[number];

export interface ProfilePerson {
  /** Stable id, e.g. "applicant", "partner", "child-1b2c". */
  id: string;
  role: Person;
  /** What the user calls this person in the UI ("Me", "Lea"). */
  label: string;
  values: Partial<Record<FieldKey, string>>;
}

export interface Profile {
  schemaVersion: number;
  people: ProfilePerson[];
  updatedAt: string;
}
