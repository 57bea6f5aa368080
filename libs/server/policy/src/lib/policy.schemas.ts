import { LIMITS_MODERATION } from '@outloud/contracts';
import { cleanLine, cleanText } from '@outloud/server-core';
import { z } from 'zod';

export const publishPolicySchema = z.object({
  markdown: z
    .string()
    .transform((v) => cleanText(v).trim())
    .refine((v) => v.length > 0, 'Write the policy: it cannot be empty.')
    .refine(
      (v) => Array.from(v).length <= LIMITS_MODERATION.policyMarkdown,
      `The policy is at most ${LIMITS_MODERATION.policyMarkdown.toLocaleString('en')} characters: keep it to one page.`,
    ),
  changeNote: z
    .string()
    .transform(cleanLine)
    .refine(
      (v) => Array.from(v).length <= LIMITS_MODERATION.policyChangeNote,
      `A change note is at most ${LIMITS_MODERATION.policyChangeNote} characters.`,
    )
    .nullish(),
});
