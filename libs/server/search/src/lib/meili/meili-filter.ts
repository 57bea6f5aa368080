import { SearchQuery } from '../search.types';

/**
 * The only fields a filter may name. Values never become syntax: every string is quoted with
 * quotes and backslashes escaped, numbers must be finite. (Compare misskey's SearchService,
 * which builds these by hand with a "TODO: escape".)
 */
export const FILTERABLE = [
  'type',
  'audience',
  'communityId',
  'ownerOnly',
  'authorId',
  'tags',
  'hasAcceptedAnswer',
  'createdAt',
] as const;
export type FilterableField = (typeof FILTERABLE)[number];

/** A Meilisearch string literal: "..." with \ and " escaped. */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function field(name: FilterableField): string {
  if (!FILTERABLE.includes(name)) throw new Error(`Field ${name} is not filterable`);
  return name;
}

const equals = (name: FilterableField, value: string) => `${field(name)} = ${quoteValue(value)}`;
const oneOf = (name: FilterableField, values: readonly string[]) =>
  `${field(name)} IN [${values.map(quoteValue).join(', ')}]`;
function compare(name: FilterableField, op: '>=' | '<', value: number): string {
  if (!Number.isFinite(value)) throw new Error('Filter numbers must be finite');
  return `${field(name)} ${op} ${value}`;
}

/**
 * The whole filter for a query: visibility first (public; members-only content of restricted
 * communities the viewer belongs to; restricted communities themselves also for invitees; private
 * bookmarks only for their owner), then the query's filters, AND-ed. Returns an array (Meilisearch
 * ANDs its items).
 */
export function buildMeiliFilter(query: SearchQuery): string[] {
  const v = query.viewer;
  const audience = [equals('audience', 'public')];
  if (v.visibleCommunityIds.length) audience.push(oneOf('communityId', v.visibleCommunityIds));
  if (v.listedCommunityIds.length)
    audience.push(
      `(${equals('type', 'community')} AND ${oneOf('communityId', v.listedCommunityIds)})`,
    );
  const filters = [
    audience.length > 1 ? `(${audience.join(' OR ')})` : audience[0],
    `(${field('ownerOnly')} = false OR ${equals('authorId', v.id)})`,
  ];
  const f = query.filters;
  if (query.types?.length) filters.push(oneOf('type', query.types));
  if (f.communityIds?.length) filters.push(oneOf('communityId', f.communityIds));
  if (f.authorIds?.length) filters.push(oneOf('authorId', f.authorIds));
  if (f.tags?.length) filters.push(oneOf('tags', f.tags));
  if (f.answeredOnly) filters.push(`${field('hasAcceptedAnswer')} = true`);
  if (f.from) filters.push(compare('createdAt', '>=', f.from.getTime()));
  if (f.to) filters.push(compare('createdAt', '<', f.to.getTime()));
  return filters;
}
