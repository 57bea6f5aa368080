import { cleanLine, cleanText } from '@outloud/server-core';
import { z } from 'zod';
import { sanitizeFileName } from './upload/file-name';

const tag = z
  .string()
  .transform((v) => cleanLine(v).replace(/^#/, '').toLowerCase())
  .refine((v) => /^[\p{L}\p{N}_-]{1,40}$/u.test(v), 'Tags are 1-40 letters, digits, "-" or "_".');

export const fileFields = {
  name: z
    .string()
    .max(10_000, 'The name is far too long.')
    .transform(sanitizeFileName)
    .refine((v) => v.length > 0, 'The file needs a name.'),
  description: z
    .string()
    .transform(cleanText)
    .refine((v) => v.length <= 2000, 'Description must be at most 2,000 characters.'),
  tags: z
    .array(tag)
    .max(10, 'At most 10 tags.')
    .transform((t) => [...new Set(t)]),
};

/** Form fields of an upload; tags come comma-separated. The name falls back to the part's. */
export const uploadFieldsSchema = z.object({
  name: fileFields.name,
  description: fileFields.description.default(''),
  tags: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(fileFields.tags),
  communityId: z.uuid({ message: 'Not a community id.' }).optional(),
});

export const newVersionFieldsSchema = z.object({ name: fileFields.name.optional() });

export const updateFileSchema = z.object({
  name: fileFields.name.optional(),
  description: fileFields.description.optional(),
  tags: fileFields.tags.optional(),
});

export const commentSchema = z.object({
  body: z
    .string()
    .transform(cleanText)
    .refine((v) => v.length > 0, 'Write a comment first.')
    .refine((v) => v.length <= 2000, 'Comments are at most 2,000 characters.'),
});

export const attachFilesSchema = z.object({
  fileIds: z.array(z.uuid({ message: 'Not a file id.' })).max(10, 'At most 10 files per post.'),
});
