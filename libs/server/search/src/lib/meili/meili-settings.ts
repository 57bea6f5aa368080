import type { SearchParams, Settings } from 'meilisearch' with { 'resolution-mode': 'import' };
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../highlight';
import { SearchDocument } from '../search.types';
import { TYPO_RULES } from '../spelling/typo-rules';
import { FILTERABLE } from './meili-filter';

export const MEILI_INDEX = 'outloud_documents';

/**
 * Words so common in English, Swedish and French questions that they carry no meaning; kept
 * short (Meilisearch applies one list to every document, so a word that means something in
 * another of the languages stays out: "var", "en", "de", "on", "a", "i").
 */
export const MEILI_STOP_WORDS = [
  ...'the and is are of to in for with how what why who does do can my it this that was be an or'.split(
    ' ',
  ),
  ...'och är att det som jag hur vad varför vem inte har för med på till av om'.split(' '),
  ...'le la les un une des du et est sont pour avec dans sur que qui comment pourquoi je'.split(
    ' ',
  ),
];

/**
 * Index settings, applied in code at every start (idempotent), so an index can always be
 * rebuilt from the repository. Searchable attributes are in weight order, like the tsvector.
 */
export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ['title', 'body', 'answer', 'extra', 'tags'],
  filterableAttributes: [...FILTERABLE],
  sortableAttributes: ['createdAt', 'engagement'],
  rankingRules: [
    'words',
    'typo',
    'proximity',
    'attribute',
    'sort',
    'exactness',
    // Ties in text relevance go to settled questions, then to busier threads.
    'hasAcceptedAnswer:desc',
    'engagement:desc',
  ],
  // The same rules as the PostgreSQL engine's lexicon (spelling/typo-rules.ts): one typo from 5
  // letters, two from 9. Numbers (ticket and version numbers) are never "corrected".
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: {
      oneTypo: TYPO_RULES.oneTypoFrom,
      twoTypos: TYPO_RULES.twoTyposFrom,
    },
    disableOnNumbers: true,
  },
  // The function words the PostgreSQL configurations drop, in the three languages documents are
  // indexed in: a pasted question's "how do I" must not decide its ranking.
  stopWords: MEILI_STOP_WORDS,
  // Workplace shorthand people type; kept short and general (never tuned to test queries).
  synonyms: {
    cert: ['certificate'],
    certs: ['certificates'],
    vpn: ['virtual private network'],
    wifi: ['wi-fi', 'wireless'],
    pw: ['password'],
    pto: ['vacation', 'leave'],
    mfa: ['2fa', 'two-factor'],
    '2fa': ['mfa', 'two-factor'],
  },
  pagination: { maxTotalHits: 1000 },
};

/** Facets every full search asks for. */
export const MEILI_FACETS = ['type', 'tags', 'communityId'];

export const MEILI_HIGHLIGHT: SearchParams = {
  attributesToHighlight: ['title'],
  attributesToCrop: ['answer', 'body'],
  cropLength: 35,
  highlightPreTag: HIGHLIGHT_START,
  highlightPostTag: HIGHLIGHT_END,
};

/** A document as stored in Meilisearch; `key` is the primary key (type and id, which Meili allows). */
export interface MeiliDocument {
  key: string;
  id: string;
  type: SearchDocument['type'];
  title: string;
  body: string;
  answer: string;
  extra: string;
  tags: string[];
  audience: SearchDocument['audience'];
  communityId: string | null;
  ownerOnly: boolean;
  authorId: string | null;
  authorDepartment: string | null;
  hasAcceptedAnswer: boolean;
  replyCount: number;
  likeCount: number;
  engagement: number;
  createdAt: number;
}

export const meiliKey = (type: string, id: string) => `${type}_${id}`;

export function toMeiliDocument(d: SearchDocument): MeiliDocument {
  return {
    key: meiliKey(d.type, d.id),
    id: d.id,
    type: d.type,
    title: d.title,
    body: d.body,
    answer: d.answer,
    extra: d.extra,
    tags: d.tags,
    audience: d.audience,
    communityId: d.communityId,
    ownerOnly: d.ownerOnly,
    authorId: d.authorId,
    authorDepartment: d.authorDepartment,
    hasAcceptedAnswer: d.hasAcceptedAnswer,
    replyCount: d.replyCount,
    likeCount: d.likeCount,
    engagement: d.replyCount + d.likeCount,
    // Milliseconds: numeric so date ranges are plain comparisons.
    createdAt: d.createdAt.getTime(),
  };
}
