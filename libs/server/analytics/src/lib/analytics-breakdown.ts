/**
 * The arithmetic of the breakdowns (docs/analytics.md): per department, stickiness, openness and
 * community answer rates, from the counts the repository reads. Pure, so each rule is tested on
 * small hand-made numbers.
 */

/** How far back "adopted" and stickiness look, from the period's last day. */
export const ADOPTION_WINDOW_DAYS = 30;
/** The department table lists the largest departments; the rest are summed into one row. */
export const DEPARTMENTS_MAX = 50;

export const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** One department's people counts, as read (accounts that are not deactivated). */
export interface DepartmentCounts {
  /** Trimmed, first spelling; null = people who gave no department. */
  name: string | null;
  people: number;
  /** Posted or replied in the period. */
  creators: number;
  /** Posted, replied or liked in the period. */
  active: number;
  /** Posted, replied or liked in the 30 days ending on the period's last day. */
  activeLast30: number;
}

/** The people per department, and the person-days of activity in the 30-day window (for DAU). */
export interface DepartmentReport {
  counts: DepartmentCounts[];
  activeDaysLast30: number;
}

/** A named department, the smaller departments summed, or people who gave no department. */
export type DepartmentKind = 'DEPARTMENT' | 'OTHERS' | 'NONE';

export interface DepartmentRow {
  kind: DepartmentKind;
  /** The department's name; for OTHERS and NONE null. */
  name: string | null;
  /** For OTHERS: how many departments are summed in it; otherwise 1. */
  departments: number;
  people: number;
  creators: number;
  contributors: number;
  readers: number;
  activeLast30: number;
  adoptionShare: number;
}

export interface Stickiness {
  /** Mean people active a day over the 30 days. */
  dailyActive: number;
  /** People active at least once in the 30 days. */
  monthlyActive: number;
  /** dailyActive / monthlyActive (0-1). */
  ratio: number;
}

/** Creators, contributors (only liked) and readers (neither) of one department. */
export function departmentRow(
  c: DepartmentCounts,
  kind: DepartmentKind = c.name === null ? 'NONE' : 'DEPARTMENT',
  departments = 1,
): DepartmentRow {
  const creators = Math.min(c.creators, c.active);
  return {
    kind,
    name: kind === 'DEPARTMENT' ? c.name : null,
    departments,
    people: c.people,
    creators,
    contributors: Math.max(c.active - creators, 0),
    readers: Math.max(c.people - c.active, 0),
    activeLast30: c.activeLast30,
    adoptionShare: share(c.activeLast30, c.people),
  };
}

/**
 * The department table: the largest `max` departments (by people, then name; "no department"
 * last), the others summed into one OTHERS row, and stickiness over everyone.
 */
export function departmentBreakdown(
  { counts, activeDaysLast30 }: { counts: readonly DepartmentCounts[]; activeDaysLast30: number },
  max = DEPARTMENTS_MAX,
  windowDays = ADOPTION_WINDOW_DAYS,
): { departments: DepartmentRow[]; stickiness: Stickiness } {
  const sorted = [...counts].sort(
    (a, b) =>
      Number(a.name === null) - Number(b.name === null) ||
      b.people - a.people ||
      (a.name ?? '').localeCompare(b.name ?? ''),
  );
  const named = sorted.filter((c) => c.name !== null);
  const shown = named.slice(0, max);
  const rest = named.slice(max);
  const none = sorted.filter((c) => c.name === null);
  const sum = (rows: readonly DepartmentCounts[], key: keyof Omit<DepartmentCounts, 'name'>) =>
    rows.reduce((n, r) => n + r[key], 0);
  const merged = (rows: readonly DepartmentCounts[]): DepartmentCounts => ({
    name: null,
    people: sum(rows, 'people'),
    creators: sum(rows, 'creators'),
    active: sum(rows, 'active'),
    activeLast30: sum(rows, 'activeLast30'),
  });
  const departments = [
    ...shown.map((c) => departmentRow(c)),
    ...(rest.length ? [departmentRow(merged(rest), 'OTHERS', rest.length)] : []),
    ...(none.length ? [departmentRow(merged(none), 'NONE', 0)] : []),
  ];
  return {
    departments,
    stickiness: stickiness(activeDaysLast30, sum(counts, 'activeLast30'), windowDays),
  };
}

/** DAU/MAU: the mean daily active people over the window, out of those active in it at all. */
export function stickiness(
  activeDays: number,
  monthlyActive: number,
  windowDays: number,
): Stickiness {
  const dailyActive = windowDays > 0 ? activeDays / windowDays : 0;
  // Divided once, so 36 person-days of 3 people over 30 days is exactly 0.4.
  return { dailyActive, monthlyActive, ratio: share(activeDays, windowDays * monthlyActive) };
}

export interface OpennessCounts {
  posts: number;
  restrictedPosts: number;
  questions: number;
  restrictedQuestions: number;
}

export interface Openness {
  posts: number;
  openPosts: number;
  restrictedPosts: number;
  openPostShare: number;
  questions: number;
  openQuestions: number;
  restrictedQuestions: number;
  openQuestionShare: number;
}

/** Open = everything not in a restricted community (outside communities, open, moderated). */
export function openness(c: OpennessCounts): Openness {
  const restrictedPosts = Math.min(c.restrictedPosts, c.posts);
  const restrictedQuestions = Math.min(c.restrictedQuestions, c.questions);
  return {
    posts: c.posts,
    openPosts: c.posts - restrictedPosts,
    restrictedPosts,
    openPostShare: share(c.posts - restrictedPosts, c.posts),
    questions: c.questions,
    openQuestions: c.questions - restrictedQuestions,
    restrictedQuestions,
    openQuestionShare: share(c.questions - restrictedQuestions, c.questions),
  };
}

/** A community's answer rate: null when nobody asked there in the period (nothing to rate). */
export function answerRate(answered: number, questions: number): number | null {
  return questions > 0 ? answered / questions : null;
}
