import { cleanLine, cleanText } from '@outloud/server-core';
import { z } from 'zod';

const tag = z
  .string()
  .transform((v) => cleanLine(v).replace(/^#/, '').toLowerCase())
  .refine((v) => /^[\p{L}\p{N}_-]{1,40}$/u.test(v), 'Tags are 1-40 letters, digits, "-" or "_".');

const fields = {
  title: z
    .string()
    .transform(cleanLine)
    .refine((v) => v.length > 0, 'Give the bookmark a title.')
    .refine((v) => Array.from(v).length <= 200, 'Titles are at most 200 characters.'),
  description: z
    .string()
    .transform(cleanText)
    .refine((v) => v.length <= 2000, 'Descriptions are at most 2,000 characters.'),
  tags: z
    .array(tag)
    .max(10, 'At most 10 tags.')
    .transform((t) => [...new Set(t)]),
};

export const createBookmarkSchema = z.object({
  url: z.string().max(10_000).nullish(),
  postId: z.uuid({ message: 'Not a post id.' }).nullish(),
  fileId: z.uuid({ message: 'Not a file id.' }).nullish(),
  title: fields.title.nullish(),
  description: fields.description.nullish(),
  tags: fields.tags.nullish(),
  isPrivate: z.boolean().nullish(),
});

export const updateBookmarkSchema = z.object({
  title: fields.title.nullish(),
  description: fields.description.nullish(),
  tags: fields.tags.nullish(),
  isPrivate: z.boolean().nullish(),
});

/** Exactly one of them (checked by the service, with a clear message). */
export const bookmarkTargetSchema = z.object({
  url: z.string().max(10_000).nullish(),
  postId: z.uuid({ message: 'Not a post id.' }).nullish(),
  fileId: z.uuid({ message: 'Not a file id.' }).nullish(),
});
