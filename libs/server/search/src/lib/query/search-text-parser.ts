import { isFunctionWord } from '../documents/language';

/**
 * What a search box text means. The most common query is a question title pasted as it is, so
 * quotes, "or", "-" and punctuation are words unless the text clearly uses search syntax. One
 * small parser decides, for every engine alike (DESIGN.md §6).
 */
export interface ParsedSearchText {
  /** The words to rank (operators taken out); the engines read words from it. */
  text: string;
  /** "Phrases" typed on purpose: documents must hold them as written (no typo correction). */
  phrases: string[];
  /** -words typed on purpose: documents must not hold them. */
  excluded: string[];
  /** tag:x (without #), lower-cased. */
  tags: string[];
  /** author:handle (without @). */
  authors: string[];
  /** in:community-slug. */
  communities: string[];
}

/**
 * `search`: the search box (operators allowed when they look intended). `plain`: drafts for
 * similar questions and suggested experts, which never use operators.
 */
export type SearchTextMode = 'search' | 'plain';

/** Words outside the syntax at most, for quotes and minus signs to count as syntax. */
export const SYNTAX_MAX_OTHER_WORDS = 4;

const FILTER = /^(tag|author|in):([#@]?)([\p{L}\p{N}][\p{L}\p{N}_.-]{0,63})$/iu;
const EXCLUSION = /^-([\p{L}\p{N}][\p{L}\p{N}_.'-]*)$/u;
const WORD = /[\p{L}\p{N}]/u;

export function emptyParsedText(text = ''): ParsedSearchText {
  return { text, phrases: [], excluded: [], tags: [], authors: [], communities: [] };
}

export function parseSearchText(input: string, mode: SearchTextMode): ParsedSearchText {
  const text = input.replace(/\s+/g, ' ').trim();
  if (mode === 'plain') return emptyParsedText(text);
  const parsed = emptyParsedText();
  // Filters first: tag:, author:, in: with a value that can be a tag, handle or slug.
  const rest: string[] = [];
  for (const token of splitKeepingQuotes(text)) {
    const filter = FILTER.exec(token);
    if (!filter) {
      rest.push(token);
      continue;
    }
    const [, key, , value] = filter;
    const kind = key.toLowerCase();
    if (kind === 'tag') parsed.tags.push(value.toLowerCase());
    else if (kind === 'author') parsed.authors.push(value);
    else parsed.communities.push(value.toLowerCase());
  }
  // Quotes and minus signs are syntax only in a short query whose quotes pair up, without a
  // question mark or the glue words of a sentence: a pasted title ("Why was my "answer"
  // deleted?", 'Latex math and "show N more comments"') stays words.
  const quotes = (rest.join(' ').match(/"/g) ?? []).length;
  const others = rest.filter((t) => !t.startsWith('"') && !EXCLUSION.test(t) && WORD.test(t));
  const syntax =
    quotes % 2 === 0 &&
    !rest.join(' ').includes('?') &&
    others.length <= SYNTAX_MAX_OTHER_WORDS &&
    !others.some((t) => isFunctionWord(t.replace(/[^\p{L}]/gu, '')));
  const words: string[] = [];
  for (const token of rest) {
    if (syntax && token.length > 1 && token.startsWith('"') && token.endsWith('"')) {
      const phrase = token.slice(1, -1).trim();
      if (WORD.test(phrase)) parsed.phrases.push(phrase);
      continue;
    }
    const exclusion = syntax ? EXCLUSION.exec(token) : null;
    if (exclusion) parsed.excluded.push(exclusion[1]);
    else words.push(token);
  }
  // Nothing left to look for but exclusions or filters: the minus signs were words after all
  // ("-vpn" alone), filters alone list what they select.
  if (!parsed.phrases.length && !words.some((w) => WORD.test(w)) && parsed.excluded.length) {
    words.push(...parsed.excluded);
    parsed.excluded = [];
  }
  parsed.text = words.join(' ').trim();
  return parsed;
}

/** Splits on spaces, keeping "a quoted phrase" as one token when its quotes pair up. */
function splitKeepingQuotes(text: string): string[] {
  const tokens: string[] = [];
  const re = /"[^"]*"|[^\s"]+|"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push(m[0]);
  return tokens;
}

/** Whether the parsed text has anything to match (words or phrases). */
export function hasSearchTerms(parsed: ParsedSearchText): boolean {
  return WORD.test(parsed.text) || parsed.phrases.length > 0;
}
