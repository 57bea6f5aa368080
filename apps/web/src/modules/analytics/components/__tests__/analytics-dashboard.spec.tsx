import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import type { AdoptionAnalyticsQuery as Data } from '../../../../generated/graphql';
import { AdoptionAnalyticsQuery } from '../../graphql/analytics.operations';
import { AnalyticsDashboard } from '../analytics-dashboard';

// The router needs TextEncoder, which jsdom lacks: stub what the dashboard uses.
jest.mock('react-router-dom', () => ({
  Link: ({ to, children }: { to: string; children: React.ReactNode }) => (
    <a href={to}>{children}</a>
  ),
  useSearchParams: () => [new URLSearchParams(), jest.fn()],
}));

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

function analytics(overrides: Partial<Data['adoptionAnalytics']> = {}): Data {
  return {
    adoptionAnalytics: {
      from: '2026-11-01',
      to: '2026-11-30',
      days: 30,
      previousFrom: '2026-10-02',
      previousTo: '2026-10-31',
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
          activeMembers: 2,
          lastActivityAt: '2026-11-20T10:00:00.000Z',
          isDormant: false,
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
        },
      ],
      communityCount: 2,
      hiddenCommunityCount: 1,
      ...overrides,
    },
  };
}

function renderWith(data: Data) {
  const variables = {
    input: { days: 30, communityOrder: 'POSTS', contributorOrder: 'ACCEPTED_ANSWERS' },
  };
  return render(
    <MockedProvider
      mocks={[{ request: { query: AdoptionAnalyticsQuery, variables }, result: { data } }]}
    >
      <AnalyticsDashboard />
    </MockedProvider>,
  );
}

describe('AnalyticsDashboard', () => {
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

    const table = screen.getByRole('region', { name: 'Communities table' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Active members'),
      expect.stringMatching(/Garden.*Alive/),
      expect.stringMatching(/Old.*Dormant/),
    ]);
    expect(screen.getByText(/1 restricted community you are not a member of/)).toBeTruthy();
  });

  it('gives every chart a caption with the numbers and a data table', async () => {
    renderWith(analytics());
    const figure = await screen.findByRole('figure', { name: /Active people per day/ });
    expect(figure.textContent).toContain('busiest day was 2 November 2026 with 5');
    const table = within(figure).getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(3);
    expect(screen.getByRole('figure', { name: /Time to answer/ }).textContent).toContain(
      'within 30 min',
    );
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
      }),
    );
    expect(await screen.findByRole('heading', { name: 'No activity yet' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Key figures' })).toBeNull();
  });
});
