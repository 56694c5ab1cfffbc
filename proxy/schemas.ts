// What the extension may send. Strict objects: an unknown key is refused, so a client bug cannot
// slip profile data through in an extra field. Limits are in characters after the byte bound of
// MAX_BODY_BYTES has already cut off anything large.
import { z } from 'zod';

export const ASSISTANT_LANGUAGES = ['de', 'en', 'fr', 'de-simple'] as const;
export type AssistantLanguage = (typeof ASSISTANT_LANGUAGES)[number];

// Portal ids are the file names of lib/portals/<id>.ts, e.g. "de-videx"; "unknown" for other sites.
const portalId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a portal id like "de-videx"');
const language = z.enum(ASSISTANT_LANGUAGES);

export const explainRequestSchema = z.strictObject({
  fieldLabel: z.string().trim().min(1).max(300),
  helpText: z.string().max(4000).default(''),
  portalId,
  language,
});
export type ExplainRequest = z.output<typeof explainRequestSchema>;

export const simplifyRequestSchema = z.strictObject({
  text: z.string().trim().min(1).max(6000),
  portalId,
  language,
});
export type SimplifyRequest = z.output<typeof simplifyRequestSchema>;
