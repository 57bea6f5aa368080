import { MockedProvider } from '@apollo/client/testing/react';
import { ANALYTICS_METRICS } from '@outloud/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { AdoptionAnalyticsQuery as Data } from '../../../../generated/graphql';
import {
  AdoptionAnalyticsQuery,
  AnalyticsFilterOptionsQuery,
  RoutingOutcomesQuery,
  RoutingSettingsQuery,
  SetRoutingSettingsMutation,
} from '../../graphql/analytics.operations';
import { AnalyticsDashboard } from '../analytics-dashboard';

// The router needs TextEncoder, which jsdom lacks: stub what the dashboard uses.
jest.mock('react-router-dom', () => ({
  Link: ({ to, children }: { to: string; children: React.ReactNode }) => (
    <a href={to}>{children}</a>
  ),
  useSearchParams: () => [mockSearch.params, mockSearch.set],
}));
const mockSearch = { params: new URLSearchParams(), set: jest.fn() };
afterEach(() => {
  mockSearch.params = new URLSearchParams();
  mockSearch.set = jest.fn();
});

beforeAll(() => {
  // Recharts' ResponsiveContainer watches its size.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const answering = {
  __typename: 'AnalyticsAnswering' as const,
  questions: 4,
  answered: 3,
  accepted: 2,
  answeredShare: 0.75,
  acceptedShare: 0.5,
  answeredWithinDay: 2,
  askedDayAgo: 3,
  answeredWithinDayShare: 2 / 3,
  answeredWithinWeek: 3,
  askedWeekAgo: 4,
  answeredWithinWeekShare: 0.75,
  firstReplyMedianMinutes: 30,
  firstReplyP90Minutes: 102,
  acceptedMedianMinutes: 90,
  acceptedP90Minutes: 114,
};
const totals = (n: number) => ({
  __typename: 'AnalyticsTotals' as const,
  activePeople: n,
  posts: n,
  questions: 0,
  replies: n,
  likes: 0,
  acceptedAnswers: 0,
});

const person = (id: string, handle: string, displayName: string) => ({
  __typename: 'User' as const,
  id,
  handle,
  displayName,
});

const unanswered = {
  __typename: 'AnalyticsUnanswered' as const,
  questions: [
    {
      __typename: 'AnalyticsUnansweredQuestion' as const,
      postId: 'p1',
      askedAt: '2026-11-03T09:00:00.000Z',
      excerpt: 'Where is the expense tool?',
      asker: person('u2', 'ann', 'Ann Asker'),
      community: {
        __typename: 'AnalyticsCommunityRef' as const,
        id: 'c1',
        slug: 'garden',
        name: 'Garden',
      },
      nudge: [person('u1', 'dee', 'Dee Doer'), person('u3', 'bo', 'Bo Helper')],
    },
    {
      __typename: 'AnalyticsUnansweredQuestion' as const,
      postId: 'p2',
      askedAt: '2026-11-20T09:00:00.000Z',
      excerpt: 'Who books the big room?',
      asker: person('u3', 'bo', 'Bo Helper'),
      community: null,
      nudge: [],
    },
  ],
  total: 2,
  hiddenCount: 1,
};

const reuseTotals = (views: number, searchClicks: number, questions: number) => ({
  views,
  searchClicks,
  questions,
});

// The fragment's type name: Apollo's cache reads a fragment spread by it.
const knowledgeReuse: Data['adoptionAnalytics']['knowledgeReuse'] & {
  __typename: 'AnalyticsKnowledgeReuse';
} = {
  __typename: 'AnalyticsKnowledgeReuse',
  totals: reuseTotals(12, 3, 2),
  previousTotals: reuseTotals(8, 2, 2),
  change: 0.5,
  series: [
    { date: '2026-11-01', views: 7, searchClicks: 1 },
    { date: '2026-11-02', views: 5, searchClicks: 2 },
  ],
  topQuestions: [
    {
      postId: 'p9',
      excerpt: 'How do I claim travel expenses?',
      community: { id: 'c1', slug: 'garden', name: 'Garden' },
      views: 9,
      searchClicks: 2,
    },
  ],
  hidden: { questions: 1, views: 3, searchClicks: 1 },
  contentGaps: {
    top: [{ query: 'vpn on mac', searches: 4 }],
    texts: 1,
    textsBelowThreshold: 5,
    minSearches: 3,
    emptySearches: 11,
    previousEmptySearches: 0,
  },
  departmentFilterApplies: false,
};

function analytics(overrides: Partial<Data['adoptionAnalytics']> = {}): Data {
  return {
    adoptionAnalytics: {
      from: '2026-11-01',
      to: '2026-11-30',
      days: 30,
      previousFrom: '2026-10-02',
      previousTo: '2026-10-31',
      department: null,
      community: null,
      series: [
        {
          date: '2026-11-01',
          activePeople: 3,
          posts: 2,
          questions: 1,
          replies: 4,
        },
        {
          date: '2026-11-02',
          activePeople: 5,
          posts: 1,
          questions: 0,
          replies: 1,
        },
      ],
      totals: totals(12),
      previousTotals: totals(10),
      participation: {
        activeAccounts: 20,
        activePeople: 12,
        activeShare: 0.6,
        posters: 9,
        reactors: 3,
        readers: 8,
      },
      answering,
      previousAnswering: { ...answering, firstReplyMedianMinutes: 60 },
      unanswered,
      heatmap: {
        timeZone: 'Europe/Stockholm',
        cells: Array.from({ length: 168 }, (_, i) => ({
          weekday: Math.floor(i / 24) + 1,
          hour: i % 24,
          // Monday 09:00 is the busiest hour.
          count: i === 9 ? 5 : i % 24 === 14 ? 1 : 0,
        })),
      },
      topContributors: [
        {
          user: { id: 'u1', handle: 'dee', displayName: 'Dee Doer' },
          acceptedAnswers: 1,
          replies: 2,
          posts: 0,
        },
      ],
      communities: [
        {
          id: 'c1',
          slug: 'garden',
          name: 'Garden',
          type: 'open',
          memberCount: 4,
          posts: 3,
          replies: 2,
          activeMembers: 7,
          lastActivityAt: '2026-11-20T10:00:00.000Z',
          isDormant: false,
          questions: 4,
          answeredQuestions: 3,
          answerRate: 0.75,
          firstAnswerMedianMinutes: 45,
        },
        {
          id: 'c2',
          slug: 'old',
          name: 'Old',
          type: 'moderated',
          memberCount: 1,
          posts: 0,
          replies: 0,
          activeMembers: 0,
          lastActivityAt: '2026-06-01T10:00:00.000Z',
          isDormant: true,
          questions: 0,
          answeredQuestions: 0,
          answerRate: null,
          firstAnswerMedianMinutes: null,
        },
      ],
      departments: [
        {
          kind: 'DEPARTMENT',
          name: 'Engineering',
          departments: 1,
          people: 10,
          creators: 2,
          contributors: 3,
          readers: 5,
          activeLast30: 8,
          adoptionShare: 0.8,
        },
        {
          kind: 'DEPARTMENT',
          name: 'Sales',
          departments: 1,
          people: 4,
          creators: 0,
          contributors: 1,
          readers: 3,
          activeLast30: 1,
          adoptionShare: 0.25,
        },
        {
          kind: 'OTHERS',
          name: null,
          departments: 3,
          people: 3,
          creators: 1,
          contributors: 0,
          readers: 2,
          activeLast30: 1,
          adoptionShare: 1 / 3,
        },
        {
          kind: 'NONE',
          name: null,
          departments: 0,
          people: 3,
          creators: 0,
          contributors: 0,
          readers: 3,
          activeLast30: 0,
          adoptionShare: 0,
        },
      ],
      stickiness: { dailyActive: 2.5, monthlyActive: 10, ratio: 0.25 },
      openness: {
        posts: 8,
        openPosts: 6,
        restrictedPosts: 2,
        openPostShare: 0.75,
        questions: 4,
        openQuestions: 4,
        restrictedQuestions: 0,
        openQuestionShare: 1,
      },
      communityCount: 2,
      hiddenCommunityCount: 1,
      knowledgeReuse,
      ...overrides,
    },
  };
}

const filterOptions = {
  request: { query: AnalyticsFilterOptionsQuery },
  result: {
    data: {
      peopleDepartments: ['Engineering', 'Sales'],
      communities: {
        __typename: 'CommunityConnection' as const,
        nodes: [{ __typename: 'Community' as const, id: 'c1', name: 'Garden' }],
      },
    },
  },
};

const routing = {
  request: { query: RoutingOutcomesQuery, variables: { days: 30 } },
  result: {
    data: {
      routingOutcomes: [
        {
          __typename: 'RoutingOutcome',
          routed: false,
          questions: 6,
          answered: 5,
          medianHoursToFirstAnswer: 1.5,
          mentionedSuggested: 2,
        },
        {
          __typename: 'RoutingOutcome',
          routed: true,
          questions: 4,
          answered: 3,
          medianHoursToFirstAnswer: 9.25,
          mentionedSuggested: 0,
        },
      ],
    },
  },
};

const settings = {
  __typename: 'RoutingSettings',
  enabled: true,
  delayWorkingHours: 4,
  dailyCap: 3,
  peoplePerRound: 3,
  workdayStartHour: 9,
  workdayEndHour: 17,
  timeZone: 'Europe/Stockholm',
};
const routingSettings = {
  request: { query: RoutingSettingsQuery },
  result: { data: { routingSettings: settings } },
  maxUsageCount: 5,
};

function renderWith(
  data: Data,
  extra: readonly unknown[] = [],
  filters: Record<string, string> = {},
) {
  const variables = {
    input: { days: 30, communityOrder: 'POSTS', contributorOrder: 'ACCEPTED_ANSWERS', ...filters },
  };
  return render(
    <MockedProvider
      mocks={
        [
          { request: { query: AdoptionAnalyticsQuery, variables }, result: { data } },
          routing,
          routingSettings,
          filterOptions,
          ...extra,
        ] as never
      }
    >
      <AnalyticsDashboard />
    </MockedProvider>,
  );
}

describe('AnalyticsDashboard', () => {
  it('shows a refused routing setting next to its field', async () => {
    renderWith(analytics(), [
      {
        request: {
          query: SetRoutingSettingsMutation,
          variables: {
            input: { enabled: true, delayWorkingHours: 4, dailyCap: 50, peoplePerRound: 3 },
          },
        },
        result: {
          errors: [
            {
              message: 'The daily limit must be between 1 and 20.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { path: 'input.dailyCap', message: 'The daily limit must be between 1 and 20.' },
                ],
              },
            },
          ],
        },
      },
    ]);
    const cap = await screen.findByLabelText(/Questions offered to one person per day/);
    expect(
      screen.getByText(
        'Working hours are counted from 9:00 to 17:00 on working days, in Europe/Stockholm.',
      ),
    ).toBeTruthy();
    fireEvent.change(cap, { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save routing settings' }));
    expect(
      await screen.findAllByText('The daily limit must be between 1 and 20.'),
    ).not.toHaveLength(0);
    expect(cap.getAttribute('aria-invalid')).toBe('true');
  });

  it('compares routed questions with the rest, and counts mentions of suggested people', async () => {
    renderWith(analytics());
    const section = await screen.findByRole('region', { name: 'Routed questions' });
    expect(
      await within(section).findByText(
        'In 20% of the 10 questions asked, the asker mentioned someone the suggestions named.',
      ),
    ).toBeTruthy();
    expect(
      within(section)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'QuestionsAskedAnswered by someone elseMedian time to first answer',
      'Not routed683%1.5 h',
      'Routed475%9.3 h',
    ]);
  });

  it('shows KPI tiles with their change in words, and the communities table', async () => {
    renderWith(analytics());
    const tiles = await screen.findByRole('list', { name: 'Key figures' });
    const active = within(tiles).getByText('Active people').closest('li') as HTMLElement;
    expect(active.textContent).toContain('12');
    expect(active.textContent).toContain('up 20% from 10 in the previous period');
    const reply = within(tiles)
      .getByText('Median time to first reply')
      .closest('li') as HTMLElement;
    expect(reply.querySelector('.analytics-kpi__change--good')?.textContent).toContain('−50%');

    const within24 = within(tiles)
      .getByText('Answered within 24 hours')
      .closest('li') as HTMLElement;
    expect(within24.textContent).toContain('67%');
    expect(within24.textContent).toContain('75% within 7 days');

    const table = screen.getByRole('region', { name: 'Communities table' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Active people'),
      expect.stringMatching(/Garden.*Alive/),
      expect.stringMatching(/Old.*Dormant/),
    ]);
    expect(screen.getByText(/1 restricted community you are not a member of/)).toBeTruthy();
  });

  it('says "1 person" and "2 people", never "1 people"', async () => {
    renderWith(
      analytics({
        participation: {
          activeAccounts: 3,
          activePeople: 2,
          activeShare: 2 / 3,
          posters: 1,
          reactors: 1,
          readers: 1,
        },
      }),
    );
    // The overall card, not the department figure or the section heading.
    const facts = await screen.findByRole('heading', {
      name: (name) => /^Participation\b/.test(name) && !/department|openness/.test(name),
    });
    const list = facts.parentElement as HTMLElement;
    expect(list.textContent).toContain('Posted or replied1 person');
    expect(list.textContent).not.toMatch(/\b1 people\b/);
    expect(screen.getByText('67% of 3 accounts')).toBeTruthy();
  });

  it('draws the funnel asked → answered within 24 hours → accepted, with its numbers', async () => {
    renderWith(analytics());
    const funnel = await screen.findByRole('figure', { name: /From question to accepted answer/ });
    expect(funnel.textContent).toContain(
      'Of 4 questions asked, 2 were answered within 24 hours (67% of those asked at least a day ago) and 2 have an accepted answer (50%).',
    );
    const table = within(funnel).getByRole('table', { hidden: true });
    expect(
      within(table)
        .getAllByRole('row', { hidden: true })
        .map((r) => r.textContent),
    ).toEqual([
      'StageQuestionsShareOut of',
      'Asked4100%4',
      'Answered within 24 hours267%3',
      'Answered within 7 days375%4',
      'Accepted answer250%4',
    ]);
  });

  it('lists unanswered questions oldest first with people to nudge, and only counts hidden ones', async () => {
    renderWith(analytics());
    const section = await screen.findByRole('region', { name: /Unanswered questions/ });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((i) => within(i).getAllByRole('link')[0]!.textContent)).toEqual([
      'Where is the expense tool?',
      'Who books the big room?',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Garden' }).getAttribute('href')).toBe(
      '/c/garden',
    );
    expect(items[0]!.textContent).toContain('Could answer: Dee Doer, Bo Helper');
    expect(items[1]!.textContent).toContain('Nobody to suggest yet.');
    expect(section.textContent).toContain('2 of 2 unanswered questions shown.');
    expect(section.textContent).toContain(
      '1 more is in restricted communities you are not a member of: counted, not shown.',
    );
  });

  it('opens a figure’s definition, the contracts’ own text, and closes it with Escape', async () => {
    renderWith(analytics());
    const [button] = await screen.findAllByRole('button', { name: 'What “Active people” means' });
    if (!button) throw new Error('no definition button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const text = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(text.hidden).toBe(false);
    expect(text.textContent).toBe(ANALYTICS_METRICS.activePeople.text);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(text.hidden).toBe(true);
    // The community table explains why active people can outnumber members.
    const column = screen.getAllByRole('button', { name: 'What “Active people” means' });
    expect(column.length).toBeGreaterThanOrEqual(2);
    fireEvent.click(column[column.length - 1]!);
    expect(
      document.getElementById(column[column.length - 1]!.getAttribute('aria-controls')!)!
        .textContent,
    ).toBe(ANALYTICS_METRICS.communityActivePeople.text);
  });

  it('gives every key figure its definition', async () => {
    renderWith(analytics());
    const tiles = within(await screen.findByRole('list', { name: 'Key figures' })).getAllByRole(
      'listitem',
    );
    expect(tiles.length).toBeGreaterThanOrEqual(8);
    for (const tile of tiles) {
      const label = tile.querySelector('.analytics-kpi__label > span')!.textContent!;
      expect({
        label,
        info: within(tile)
          .queryAllByRole('button')
          .map((b) => b.getAttribute('aria-label')),
      }).toEqual({ label, info: [`What “${label}” means`] });
    }
    const questions = within(tiles.find((t) => t.textContent!.startsWith('Questions'))!).getByRole(
      'button',
    );
    fireEvent.click(questions);
    expect(document.getElementById(questions.getAttribute('aria-controls')!)!.textContent).toBe(
      ANALYTICS_METRICS.questions.text,
    );
  });

  it('shows the hour × weekday heatmap in the organisation’s time zone, with its table', async () => {
    renderWith(analytics());
    const figure = await screen.findByRole('figure', { name: /When people take part/ });
    expect(figure.textContent).toContain(
      '(Europe/Stockholm time). The busiest hour was Monday at 09:00 with 5 actions.',
    );
    const rows = within(within(figure).getByRole('table', { hidden: true })).getAllByRole('row', {
      hidden: true,
    });
    // A header row and one row per weekday, each with the day and 24 hours.
    expect(rows).toHaveLength(8);
    expect(rows[1]!.children).toHaveLength(25);
    expect(rows[1]!.children[10]!.textContent).toBe('5');
  });

  it('gives every chart a caption with the numbers and a data table', async () => {
    renderWith(analytics());
    const figure = await screen.findByRole('figure', { name: /Active people per day/ });
    expect(figure.textContent).toMatch(
      /busiest day was (2 November 2026|November 2, 2026) with 5 people\./,
    );
    const table = within(figure).getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(3);
    expect(screen.getByRole('figure', { name: /Time to answer/ }).textContent).toContain(
      'within 30 min',
    );
  });

  it('shows participation by department with adoption, and the rows that are not one department', async () => {
    renderWith(analytics());
    const figure = await screen.findByRole('figure', { name: /Participation by department/ });
    expect(figure.textContent).toContain(
      '2 departments: Engineering has the highest adoption (80% active in the last 30 days), Sales the lowest (25%).',
    );
    const rows = within(within(figure).getByRole('table', { hidden: true })).getAllByRole('row', {
      hidden: true,
    });
    expect(rows.map((r) => r.textContent)).toEqual([
      'DepartmentPeopleCreatorsContributors (only liked)ReadersActive, last 30 daysAdoption',
      'Engineering10235880%',
      'Sales4013125%',
      '3 other departments3102133%',
      'No department given300300%',
    ]);
    const tiles = screen.getByRole('list', { name: 'Key figures' });
    const sticky = within(tiles).getByText('Stickiness (DAU/MAU)').closest('li') as HTMLElement;
    expect(sticky.textContent).toContain('25%');
    expect(sticky.textContent).toContain('2.5 a day of 10 people active in 30 days');
  });

  it('shows how much is posted and asked in the open, in counts only', async () => {
    renderWith(analytics());
    const figure = await screen.findByRole('figure', { name: /Open or restricted/ });
    expect(figure.textContent).toContain(
      '75% of posts and 100% of questions were in the open (not in restricted communities).',
    );
    const rows = within(within(figure).getByRole('table', { hidden: true })).getAllByRole('row', {
      hidden: true,
    });
    expect(rows.map((r) => r.textContent)).toEqual([
      'ContentIn the openIn restricted communitiesAllShare in the open',
      'Posts62875%',
      'Questions404100%',
    ]);
  });

  it('gives each community its answer rate and median time to first answer', async () => {
    renderWith(analytics());
    const table = await screen.findByRole('region', { name: 'Communities table' });
    const [, garden, old] = within(table).getAllByRole('row');
    expect(garden!.textContent).toContain('75%');
    expect(garden!.textContent).toContain('45 min');
    // Nobody asked in Old: nothing to rate rather than 0%.
    expect(old!.textContent).toMatch(/0——/);
  });

  it('filters by department and community from the address, says so, and exports the same', async () => {
    mockSearch.params = new URLSearchParams('department=Engineering&community=c1');
    renderWith(
      analytics({
        department: 'Engineering',
        community: {
          id: 'c1',
          slug: 'garden',
          name: 'Garden',
        },
      }),
      [],
      { department: 'Engineering', communityId: 'c1' },
    );
    expect(await screen.findByText(/Showing Engineering, Garden\./)).toBeTruthy();
    const department = screen.getByRole('combobox', { name: 'Department' }) as HTMLSelectElement;
    expect(department.value).toBe('Engineering');
    await screen.findByRole('option', { name: 'Sales' });
    const community = screen.getByRole('combobox', { name: 'Community' }) as HTMLSelectElement;
    expect(community.value).toBe('c1');
    const link = screen.getAllByRole('link', { name: /Download CSV/ })[0]!;
    expect(link.getAttribute('href')).toContain('department=Engineering&communityId=c1');
    // Choosing "all departments" keeps the community and drops the department from the address.
    fireEvent.change(department, { target: { value: '' } });
    const next = mockSearch.set.mock.calls.at(-1)![0] as URLSearchParams;
    expect(next.get('department')).toBeNull();
    expect(next.get('community')).toBe('c1');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    const cleared = mockSearch.set.mock.calls.at(-1)![0] as URLSearchParams;
    expect(cleared.get('community')).toBeNull();
  });

  it('shows knowledge reuse with its trend, the most reused questions and content gaps, restricted ones only counted', async () => {
    renderWith(analytics());
    const section = await screen.findByRole('region', { name: 'Knowledge reuse' });
    const figure = within(section).getByRole('figure', { name: /Reuse of answered questions/ });
    expect(figure.textContent).toContain(
      '12 views and 3 search clicks of 2 answered questions older than 30 days.',
    );
    expect(figure.textContent).toContain('up 50% from 10 in the previous period');
    expect(within(figure).getAllByRole('row', { hidden: true })).toHaveLength(3);
    const top = within(section).getByRole('region', { name: 'Most reused questions: the numbers' });
    expect(within(top).getByRole('link', { name: 'How do I claim travel expenses?' })).toBeTruthy();
    expect(
      within(section).getByText(/1 more reused question is in restricted communities/),
    ).toBeTruthy();
    expect(within(section).getByText('vpn on mac')).toBeTruthy();
    expect(within(section).getByText(/5 other texts are not shown/)).toBeTruthy();
    const csv = within(section)
      .getAllByRole('link', { name: /Download CSV/ })
      .map((a) => a.getAttribute('href'));
    expect(csv).toEqual([
      expect.stringContaining('/analytics/export/reuse.csv'),
      expect.stringContaining('/analytics/export/gaps.csv'),
    ]);
    expect(within(section).queryByText(/department filter does not apply/)).toBeNull();
  });

  it('says the department filter does not apply to knowledge reuse', async () => {
    mockSearch.params = new URLSearchParams('department=Engineering');
    renderWith(analytics({ department: 'Engineering' }), [], { department: 'Engineering' });
    const section = await screen.findByRole('region', { name: 'Knowledge reuse' });
    expect(within(section).getByText(/The department filter does not apply here/)).toBeTruthy();
  });

  it('explains knowledge reuse when nothing was reused or searched in vain', async () => {
    renderWith(
      analytics({
        knowledgeReuse: {
          ...knowledgeReuse,
          totals: reuseTotals(0, 0, 0),
          previousTotals: reuseTotals(0, 0, 0),
          topQuestions: [],
          hidden: { ...knowledgeReuse.hidden, questions: 0, views: 0, searchClicks: 0 },
          contentGaps: { ...knowledgeReuse.contentGaps, top: [], emptySearches: 0 },
        },
      }),
    );
    const section = await screen.findByRole('region', { name: 'Knowledge reuse' });
    expect(within(section).getByText(/No answered question older than 30 days/)).toBeTruthy();
    expect(within(section).queryByRole('figure')).toBeNull();
  });

  it('explains a fresh instance instead of showing empty charts', async () => {
    renderWith(
      analytics({
        series: [],
        totals: totals(0),
        previousTotals: totals(0),
        communities: [],
        topContributors: [],
        communityCount: 0,
        hiddenCommunityCount: 0,
        unanswered: { ...unanswered, questions: [], total: 0, hiddenCount: 0 },
      }),
    );
    expect(await screen.findByRole('heading', { name: 'No activity yet' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Key figures' })).toBeNull();
  });
});
