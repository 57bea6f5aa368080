import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { SimilarQuestionsQuery } from '../../graphql/search.operations';
import { SimilarQuestions } from '../similar-questions';

const DRAFT = 'How do I renew the VPN certificate?';
const mock = {
  request: { query: SimilarQuestionsQuery, variables: { draft: DRAFT, first: 3 } },
  result: {
    data: {
      similarQuestions: [
        {
          __typename: 'Post',
          id: '00000000-0000-4000-8000-000000000001',
          bodyText: 'Renewing the VPN certificate',
          replyCount: 2,
        },
      ],
      suggestedExperts: [
        {
          __typename: 'SuggestedExpert',
          user: { __typename: 'User', id: 'u1', handle: 'bo', displayName: 'Bo Berg' },
          because: {
            __typename: 'ExpertReason',
            kind: 'ACCEPTED_ANSWERS',
            count: 2,
            topic: 'vpn',
            lastAt: '2026-03-14T10:00:00.000Z',
          },
        },
        {
          __typename: 'SuggestedExpert',
          user: { __typename: 'User', id: 'u2', handle: 'cy', displayName: 'Cy Chen' },
          because: {
            __typename: 'ExpertReason',
            kind: 'REPLIES',
            count: 1,
            topic: 'certificate',
            lastAt: '2025-11-02T10:00:00.000Z',
          },
        },
      ],
    },
  },
};

describe('SimilarQuestions', () => {
  it('lists answered questions and offers to mention people who answered them', async () => {
    const mentioned: string[] = [];
    render(
      <MockedProvider mocks={[mock]}>
        <SimilarQuestions draft={DRAFT} onMention={(h) => mentioned.push(h)} />
      </MockedProvider>,
    );
    expect(await screen.findByRole('link', { name: /Renewing the VPN certificate/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'People who could answer:' })).toBeTruthy();
    expect(screen.getByText('— answered 2 questions about vpn, last in March 2026')).toBeTruthy();
    expect(
      screen.getByText('— replied to 1 question about certificate, last in November 2025'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mention @bo' }));
    expect(mentioned).toEqual(['bo']);
  });

  it('leaves out people already mentioned in the draft', async () => {
    const draft = `${DRAFT} @bo`;
    render(
      <MockedProvider
        mocks={[{ ...mock, request: { ...mock.request, variables: { draft, first: 3 } } }]}
      >
        <SimilarQuestions draft={draft} onMention={() => undefined} />
      </MockedProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Mention @cy' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mention @bo' })).toBeNull();
  });
});
