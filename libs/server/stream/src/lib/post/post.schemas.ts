import { LIMITS_STREAM } from '@outloud/contracts';
import { cleanText } from '@outloud/server-core';
import { z } from 'zod';

export const bodySchema = z
  .string()
  .transform(cleanText)
  .refine((v) => v.length > 0, 'Write something first.')
  .refine(
    (v) => v.length <= LIMITS_STREAM.postBody,
    `Keep it under ${LIMITS_STREAM.postBody.toLocaleString('en')} characters.`,
  );

export const replyBodySchema = z
  .string()
  .transform(cleanText)
  .refine((v) => v.length > 0, 'Write something first.')
  .refine(
    (v) => v.length <= LIMITS_STREAM.replyBody,
    `Keep it under ${LIMITS_STREAM.replyBody.toLocaleString('en')} characters.`,
  );

export const createPostSchema = z
  .object({
    body: bodySchema,
    isQuestion: z.boolean().default(false),
    boardHandle: z.string().max(60).nullable().optional(),
    communityId: z.string().max(60).nullable().optional(),
  })
  .refine((v) => !(v.boardHandle && v.communityId), {
    path: ['communityId'],
    message: "A post goes on a person's board or in a community, not both.",
  });

export const editPostSchema = z.object({
  body: bodySchema,
  isQuestion: z.boolean().optional(),
});

export const tagSchema = z
  .string()
  .transform((v) => v.trim().replace(/^#/, '').toLowerCase())
  .refine(
    (v) => /^[\p{L}\p{N}_-]{1,50}$/u.test(v) && /\p{L}/u.test(v),
    'A tag is 1-50 letters, digits, "-" or "_", with at least one letter.',
  );
