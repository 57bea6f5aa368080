import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { PeopleWhoKnowQuery } from '../../graphql/search.operations';
import { PeopleWhoKnow } from '../people-who-know';

const person = (id: string, handle: string, displayName: string, kind: string, count: number) => ({
  __typename: 'SuggestedExpert',
  user: { __typename: 'User', id, handle, displayName, avatarUrl: null },
  because: {
    __typename: 'ExpertReason',
    kind,
    count,
    topic: 'vpn',
    lastAt: '2026-03-14T10:00:00.000Z',
  },
});

describe('PeopleWhoKnow', () => {
  it('lists people who know about the searched topic, with the reason and a link to them', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: PeopleWhoKnowQuery, variables: { topic: 'vpn', first: 5 } },
            result: {
              data: {
                peopleWhoKnow: [
                  person('u1', 'bo', 'Bo Berg', 'ACCEPTED_ANSWERS', 2),
                  person('u2', 'cy', 'Cy Chen', 'REPLIES', 1),
                ],
              },
            },
          },
        ]}
      >
        <MemoryRouter>
          <PeopleWhoKnow topic="vpn" />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'People who know about “vpn”' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bo Berg' }).getAttribute('href')).toBe('/people/bo');
    expect(screen.getByText('answered 2 questions about vpn, last in March 2026')).toBeTruthy();
    expect(screen.getByText('replied to 1 question about vpn, last in March 2026')).toBeTruthy();
  });

  it('shows nothing when nobody matches', async () => {
    const { container } = render(
      <MockedProvider
        mocks={[
          {
            request: { query: PeopleWhoKnowQuery, variables: { topic: 'quasar', first: 5 } },
            result: { data: { peopleWhoKnow: [] } },
          },
        ]}
      >
        <MemoryRouter>
          <PeopleWhoKnow topic="quasar" />
        </MemoryRouter>
      </MockedProvider>,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });
});
