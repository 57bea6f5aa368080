import { LIMITS_MODERATION, ModerationTargetType, ReportReason } from '@outloud/contracts';
import { cleanText } from '@outloud/server-core';
import { z } from 'zod';

const text = (max: number, what: string) =>
  z
    .string()
    .transform(cleanText)
    .refine(
      (v) => Array.from(v).length <= max,
      `${what} is at most ${max.toLocaleString('en')} characters.`,
    );

export const reportSchema = z.object({
  targetType: z.enum(ModerationTargetType, { message: 'Unknown kind of content.' }),
  targetId: z.string().max(100),
  reason: z.enum(ReportReason, {
    message: 'Choose a reason: abusive, personal attack, spam, confidential information or other.',
  }),
  note: text(LIMITS_MODERATION.reportNote, 'A note').nullish(),
});

/** Hiding and deleting say why (the author is told). */
export const decisionReasonSchema = text(LIMITS_MODERATION.decisionReason, 'A reason').refine(
  (v) => v.length > 0,
  'Say why, in a sentence the author will read.',
);

/** Restoring and dismissing may say why (kept in the audit log). */
export const optionalNoteSchema = text(LIMITS_MODERATION.decisionReason, 'A note').nullish();

export const reviewRequestSchema = text(LIMITS_MODERATION.reviewNote, 'A note').nullish();
