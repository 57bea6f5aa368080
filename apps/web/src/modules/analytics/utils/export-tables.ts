/** The tables the API exports as CSV (`/analytics/export/<table>.csv`). */
export type ExportTable =
  | 'series'
  | 'funnel'
  | 'heatmap'
  | 'communities'
  | 'unanswered'
  | 'contributors'
  | 'departments'
  | 'openness'
  | 'reuse'
  | 'gaps';
