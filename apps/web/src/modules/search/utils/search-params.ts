import type { SearchFilters, SearchType } from '../../../generated/graphql';

export type SearchKind = 'ALL' | SearchType;

/** Every type the API searches, as written in the address. */
const SEARCH_KINDS: readonly string[] = ['POST', 'PERSON', 'FILE', 'BOOKMARK', 'COMMUNITY'];

/** The API's type facet values (lower-case type names) for each kind. */
export const TYPE_FACET_VALUE: Record<SearchType, string> = {
  POST: 'post',
  PERSON: 'user',
  FILE: 'file',
  BOOKMARK: 'bookmark',
  COMMUNITY: 'community',
};

export interface SearchState {
  q: string;
  type: SearchKind;
  tag: string | null;
  answered: boolean;
  /** yyyy-mm-dd, inclusive. */
  from: string | null;
  /** yyyy-mm-dd, inclusive. */
  to: string | null;
  /** Search exactly what was typed, without typo corrections ("search instead for"). */
  exact: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOf(value: string | null): string | null {
  return value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** Reads the page's state from `?q=&type=&tag=&answered=1&from=&to=`. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const type = params.get('type');
  return {
    q: params.get('q') ?? '',
    type: SEARCH_KINDS.includes(type as SearchType) ? (type as SearchType) : 'ALL',
    tag: params.get('tag')?.trim().replace(/^#/, '') || null,
    answered: params.get('answered') === '1',
    from: dateOf(params.get('from')),
    to: dateOf(params.get('to')),
    exact: params.get('exact') === '1',
  };
}

/** The address for a state; empty values are left out. */
export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type !== 'ALL') params.set('type', state.type);
  if (state.tag) params.set('tag', state.tag);
  if (state.answered) params.set('answered', '1');
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.exact) params.set('exact', '1');
  return params;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}

/** The API's variables; "to" is inclusive of its whole day. Answered-only implies posts. */
export function toSearchVariables(state: SearchState): {
  types: SearchType[] | null;
  filters: SearchFilters | null;
} {
  const filters: SearchFilters = {};
  if (state.tag) filters.tags = [state.tag];
  if (state.answered) filters.answeredOnly = true;
  if (state.from) filters.from = `${state.from}T00:00:00.000Z`;
  if (state.to) filters.to = addDays(state.to, 1);
  const postOnly = state.answered || state.tag !== null || state.from !== null || state.to !== null;
  const types: SearchType[] | null =
    state.type !== 'ALL' ? [state.type] : postOnly ? ['POST'] : null;
  return { types, filters: Object.keys(filters).length > 0 ? filters : null };
}
