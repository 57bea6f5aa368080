import { LIMITS } from '@outloud/contracts';
import { cleanLine } from '@outloud/server-core';
import { z } from 'zod';
import { SEARCH_DOCUMENT_TYPES } from './search.types';

const MAX_FILTER_IDS = 50;
const MAX_TAGS = 20;
const TAG_MAX = 64;

/** What a person typed: cleaned, non-empty, at most LIMITS.searchQuery.max characters. */
export const searchTextSchema = z
  .string()
  .transform(cleanLine)
  .pipe(
    z
      .string()
      .min(1, 'Type something to search for.')
      .max(LIMITS.searchQuery.max, `Search for at most ${LIMITS.searchQuery.max} characters.`),
  );

export const searchFiltersSchema = z
  .object({
    communityIds: z.array(z.uuid('Not a community id.')).max(MAX_FILTER_IDS).nullish(),
    authorIds: z.array(z.uuid('Not a person id.')).max(MAX_FILTER_IDS).nullish(),
    tags: z
      .array(
        z
          .string()
          .transform((t) => cleanLine(t).replace(/^#/, '').toLowerCase())
          .pipe(z.string().min(1).max(TAG_MAX)),
      )
      .max(MAX_TAGS)
      .nullish(),
    answeredOnly: z.boolean().nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    message: '"from" must be before "to".',
    path: ['from'],
  });

export const searchTypesSchema = z
  .array(z.enum(SEARCH_DOCUMENT_TYPES, 'Not a search type.'))
  .max(SEARCH_DOCUMENT_TYPES.length)
  .nullish();
