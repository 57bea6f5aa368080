import { cleanLine, cleanText } from '@outloud/server-core';
import { z } from 'zod';

export const COMMUNITY_TYPES = ['open', 'moderated', 'restricted'] as const;

const tag = z
  .string()
  .transform((v) => cleanLine(v).replace(/^#/, '').toLowerCase())
  .refine((v) => /^[\p{L}\p{N}_-]{1,40}$/u.test(v), 'Tags are 1-40 letters, digits, "-" or "_".');

export const communityFields = {
  name: z
    .string()
    .transform(cleanLine)
    .refine((v) => v.length > 0, 'Name is required.')
    .refine((v) => v.length <= 80, 'Name must be at most 80 characters.'),
  description: z
    .string()
    .transform(cleanText)
    .refine((v) => v.length <= 2000, 'Description must be at most 2,000 characters.'),
  tags: z
    .array(tag)
    .max(10, 'At most 10 tags.')
    .transform((t) => [...new Set(t)]),
  type: z.enum(COMMUNITY_TYPES, { message: 'Type must be open, moderated or restricted.' }),
};

export const createCommunitySchema = z.object({
  name: communityFields.name,
  slug: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .refine(
      (v) => /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/.test(v),
      'The address may use a-z, 0-9 and "-", 1-48 characters, not starting or ending with "-".',
    ),
  description: communityFields.description.default(''),
  tags: communityFields.tags.default([]),
  type: communityFields.type.default('open'),
  imageDataUrl: z.string().nullable().optional(),
});

export const updateCommunitySchema = z.object({
  name: communityFields.name.optional(),
  description: communityFields.description.optional(),
  tags: communityFields.tags.optional(),
  type: communityFields.type.optional(),
  imageDataUrl: z.string().nullable().optional(),
  removeImage: z.boolean().nullable().optional(),
});
