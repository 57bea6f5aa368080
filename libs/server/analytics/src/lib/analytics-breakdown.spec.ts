import {
  answerRate,
  DepartmentCounts,
  departmentBreakdown,
  departmentRow,
  openness,
  stickiness,
} from './analytics-breakdown';

const dept = (name: string | null, over: Partial<DepartmentCounts> = {}): DepartmentCounts => ({
  name,
  people: 10,
  creators: 1,
  active: 3,
  activeLast30: 4,
  ...over,
});

describe('departments', () => {
  it('splits a department into creators, contributors (only liked) and readers', () => {
    // 10 people: 1 posted or replied, 2 more only liked, 7 did neither; 4 active in the last 30 days.
    expect(departmentRow(dept('Sales'))).toEqual({
      kind: 'DEPARTMENT',
      name: 'Sales',
      departments: 1,
      people: 10,
      creators: 1,
      contributors: 2,
      readers: 7,
      activeLast30: 4,
      adoptionShare: 0.4,
    });
  });

  it('gives an empty department an adoption of 0, not a division by zero', () => {
    const row = departmentRow(
      dept('Empty', { people: 0, creators: 0, active: 0, activeLast30: 0 }),
    );
    expect(row).toMatchObject({ readers: 0, adoptionShare: 0 });
  });

  it('lists the largest departments, sums the rest and puts "no department" last', () => {
    const { departments } = departmentBreakdown(
      {
        counts: [
          dept(null, { people: 50 }),
          dept('Small', { people: 2, active: 1, creators: 0, activeLast30: 1 }),
          dept('Big', { people: 30 }),
          dept('Tiny', { people: 1, active: 0, creators: 0, activeLast30: 0 }),
          dept('Mid', { people: 10 }),
        ],
        activeDaysLast30: 0,
      },
      2,
    );
    expect(departments.map((d) => [d.kind, d.name, d.departments, d.people])).toEqual([
      ['DEPARTMENT', 'Big', 1, 30],
      ['DEPARTMENT', 'Mid', 1, 10],
      ['OTHERS', null, 2, 3],
      ['NONE', null, 0, 50],
    ]);
    expect(departments[2]).toMatchObject({ contributors: 1, readers: 2, activeLast30: 1 });
  });
});

describe('stickiness (DAU/MAU)', () => {
  it('divides the mean daily active people by the people active in the 30 days', () => {
    // 3 people: one active every day (30 days), two active on 3 days each: 36 person-days.
    expect(stickiness(36, 3, 30)).toEqual({ dailyActive: 1.2, monthlyActive: 3, ratio: 0.4 });
  });

  it('is 0 when nobody was active', () => {
    expect(stickiness(0, 0, 30)).toEqual({ dailyActive: 0, monthlyActive: 0, ratio: 0 });
  });

  it("sums every department's monthly active people (named, others and none) for the whole organisation", () => {
    const { stickiness: s } = departmentBreakdown(
      {
        counts: [dept('A', { activeLast30: 1 }), dept(null, { activeLast30: 2 })],
        activeDaysLast30: 36,
      },
      0,
    );
    expect(s).toEqual({ dailyActive: 1.2, monthlyActive: 3, ratio: 0.4 });
  });
});

describe('openness', () => {
  it('counts what is not in a restricted community as open', () => {
    expect(
      openness({ posts: 8, restrictedPosts: 2, questions: 4, restrictedQuestions: 1 }),
    ).toEqual({
      posts: 8,
      openPosts: 6,
      restrictedPosts: 2,
      openPostShare: 0.75,
      questions: 4,
      openQuestions: 3,
      restrictedQuestions: 1,
      openQuestionShare: 0.75,
    });
  });

  it('has shares of 0 for an empty period', () => {
    expect(
      openness({ posts: 0, restrictedPosts: 0, questions: 0, restrictedQuestions: 0 }),
    ).toMatchObject({ openPostShare: 0, openQuestionShare: 0 });
  });
});

describe('a community’s answer rate', () => {
  it('is answered / asked, and null where nobody asked', () => {
    expect(answerRate(3, 4)).toBe(0.75);
    expect(answerRate(0, 0)).toBeNull();
  });
});
