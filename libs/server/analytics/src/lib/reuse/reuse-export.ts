import { ExportSheet } from '../analytics-export';
import { AnalyticsKnowledgeReuse } from './reuse.model';

/** Knowledge reuse's tables, exported like the dashboard's others (`/analytics/export/<table>.csv`). */
export const REUSE_EXPORT_TABLES = ['reuse', 'gaps'] as const;
export type ReuseExportTable = (typeof REUSE_EXPORT_TABLES)[number];

export const isReuseTable = (table: string): table is ReuseExportTable =>
  (REUSE_EXPORT_TABLES as readonly string[]).includes(table);

/**
 * The most reused questions (the ones the admin may read, then one row counting the rest, never
 * naming them), or the content gaps above the threshold (then one row counting the texts below).
 */
export function reuseSheet(table: ReuseExportTable, k: AnalyticsKnowledgeReuse): ExportSheet {
  if (table === 'reuse') {
    const h = k.hidden;
    return {
      columns: ['question', 'community', 'views', 'searchClicks'],
      rows: [
        ...k.topQuestions.map((q) => ({
          question: q.excerpt,
          community: q.community?.name ?? '',
          views: q.views,
          searchClicks: q.searchClicks,
        })),
        ...(h.questions > 0
          ? [
              {
                question: `Reused questions in restricted communities you are not a member of (counted, not shown): ${h.questions}`,
                community: null,
                views: h.views,
                searchClicks: h.searchClicks,
              },
            ]
          : []),
        {
          question: `All reused questions of the period: ${k.totals.questions}`,
          community: null,
          views: k.totals.views,
          searchClicks: k.totals.searchClicks,
        },
      ],
    };
  }
  const g = k.contentGaps;
  return {
    columns: ['search', 'searches'],
    rows: [
      ...g.top.map((gap) => ({ search: gap.query, searches: gap.searches })),
      ...(g.textsBelowThreshold > 0
        ? [
            {
              search: `Texts searched fewer than ${g.minSearches} times (not shown): ${g.textsBelowThreshold}`,
              searches: null,
            },
          ]
        : []),
      { search: 'All searches that found nothing', searches: g.emptySearches },
    ],
  };
}
