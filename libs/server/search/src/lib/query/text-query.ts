import { detectLanguage } from '../documents/language';
import { SearchQuery, SearchViewer } from '../search.types';
import { Correction, PUBLIC_SCOPE, SearchLexicon } from '../spelling/search-lexicon';
import { ParsedSearchText } from './search-text-parser';

/** What the engines get from a parsed text: words, requirements, corrections, language. */
export type TextQuery = Pick<SearchQuery, 'text' | 'phrases' | 'excluded' | 'language'> & {
  corrections: Correction[];
};

/** The lexicon scopes a viewer may take corrections from: the public and their communities. */
export function lexiconScopes(viewer: SearchViewer): string[] {
  return [PUBLIC_SCOPE, ...viewer.visibleCommunityIds];
}

/**
 * Language and typo corrections for a parsed text, the same way for search, similar questions,
 * suggested experts and the relevance evaluation. `literal`: no corrections (the "search instead
 * for" way back). Words inside phrases are never corrected.
 */
export async function toTextQuery(
  parsed: ParsedSearchText,
  viewer: SearchViewer,
  lexicon: SearchLexicon,
  options: { literal?: boolean } = {},
): Promise<TextQuery> {
  const corrections =
    options.literal || !parsed.text
      ? []
      : await lexicon.correct(parsed.text, lexiconScopes(viewer));
  return {
    text: parsed.text,
    phrases: parsed.phrases,
    excluded: parsed.excluded,
    corrections,
    language: detectLanguage([parsed.text, ...parsed.phrases].join(' ')),
  };
}

/**
 * The text as it was searched: each corrected word replaced by its best alternative, keeping
 * the punctuation around it ("accpeted?" → "accepted?"). Null when nothing was corrected.
 */
export function correctedText(text: string, corrections: Correction[]): string | null {
  if (!corrections.length) return null;
  const byTyped = new Map(corrections.map((c) => [c.typed, c.alternatives[0]]));
  return text
    .split(' ')
    .map((token) => {
      const best = byTyped.get(token);
      return best ? token.replace(/[\p{L}\p{M}\p{N}'’-]+/u, best) : token;
    })
    .join(' ');
}
