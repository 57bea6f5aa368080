import { LIMITS } from '@outloud/contracts';
import { cleanLine } from '@outloud/server-core';
import { z } from 'zod';
import { SEARCH_DOCUMENT_TYPES } from './search.types';

const MAX_FILTER_IDS = 50;
const MAX_TAGS = 20;
const TAG_MAX = 64;

/**
 * Longest text accepted: a pasted paragraph is searched by its opening (SEARCHED_CHARS), not
 * refused; past this it is not a search any more.
 */
export const SEARCH_PASTE_MAX = 4000;
/** What is searched of a longer text: LIMITS.searchQuery.max characters, cut between words. */
export function searchedPart(text: string): string {
  const max = LIMITS.searchQuery.max;
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max).trim();
}

/** What a person typed: whitespace folded, cleaned, non-empty, searched by its opening. */
export const searchTextSchema = z
  .string()
  .transform((t) => cleanLine(t.replace(/\s+/g, ' ')))
  .pipe(
    z
      .string()
      .min(1, 'Type something to search for.')
      .max(SEARCH_PASTE_MAX, `Search for at most ${SEARCH_PASTE_MAX} characters.`),
  )
  .transform(searchedPart);

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
