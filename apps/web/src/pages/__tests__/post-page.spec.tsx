import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Viewer } from '../../modules/auth/hooks/use-viewer';
import { ViewerContext } from '../../modules/auth/hooks/viewer-context';
import {
  AcceptAnswerMutation,
  PostPageQuery,
} from '../../modules/stream/graphql/stream.operations';
import { ContentPolicyQuery } from '../../modules/policy/graphql/policy.operations';
import { PostPage } from '../post-page';

const asker = { id: 'u1', handle: 'ana', displayName: 'Ana Berg', avatarUrl: null, jobTitle: null };
const helper = { id: 'u2', handle: 'bo', displayName: 'Bo Ek', avatarUrl: null, jobTitle: null };
const viewer = { ...asker, role: 'MEMBER' } as unknown as Viewer;

const reply = (id: string, author: typeof asker, text: string) => ({
  __typename: 'Reply',
  id,
  body: text,
  bodyHtml: `<p>${text}</p>`,
  createdAt: '2026-12-01T10:00:00.000Z',
  editedAt: null,
  isDeleted: false,
  likeCount: 0,
  viewerHasLiked: false,
  author: { __typename: 'User', ...author },
  moderation: null,
});

const answer = reply('r1', helper, 'Request a new one in the IT portal.');
const other = reply('r2', helper, 'Or ask the service desk.');

function postData(accepted: boolean, routedTo: number | null = null) {
  return {
    post: {
      __typename: 'Post',
      id: 'p1',
      body: 'How do I renew the VPN certificate?',
      bodyHtml: '<p>How do I renew the VPN certificate?</p>',
      createdAt: '2026-12-01T09:00:00.000Z',
      editedAt: null,
      isDeleted: false,
      isQuestion: true,
      isAnswered: accepted,
      likeCount: 0,
      viewerHasLiked: false,
      viewerHasBookmarked: false,
      replyCount: 2,
      tags: [],
      audienceLabel: 'Everyone',
      community: null,
      author: { __typename: 'User', ...asker },
      board: null,
      mentions: [],
      moderation: null,
      revisions: null,
      routedTo,
      acceptedAnswer: accepted ? answer : null,
      replies: {
        __typename: 'ReplyConnection',
        nodes: [answer, other],
        pageInfo: { __typename: 'PageInfo', endCursor: 'c2', hasNextPage: false },
      },
    },
  };
}

const policy = {
  request: { query: ContentPolicyQuery },
  result: {
    data: {
      contentPolicy: {
        __typename: 'ContentPolicyStatus',
        mustAcknowledge: false,
        viewerAcknowledgedVersion: null,
        current: null,
      },
    },
  },
  maxUsageCount: 5,
};

function renderPage(mocks: readonly unknown[]) {
  return render(
    <MockedProvider mocks={[...mocks, policy] as never}>
      <ViewerContext.Provider value={viewer}>
        <MemoryRouter initialEntries={['/posts/p1']}>
          <Routes>
            <Route path="/posts/:id" element={<PostPage />} />
          </Routes>
        </MemoryRouter>
      </ViewerContext.Provider>
    </MockedProvider>,
  );
}

const load = (accepted: boolean, routedTo: number | null = null) => ({
  request: { query: PostPageQuery, variables: { id: 'p1' } },
  result: { data: postData(accepted, routedTo) },
});

describe('PostPage', () => {
  it('shows the accepted answer once: pinned under the question, a pointer in the thread', async () => {
    renderPage([load(true)]);
    const pinned = await screen.findByRole('region', { name: 'Accepted answer' });
    expect(within(pinned).getByText('Request a new one in the IT portal.')).toBeTruthy();
    expect(screen.getAllByText('Request a new one in the IT portal.')).toHaveLength(1);
    const pointer = screen.getByRole('link', { name: 'Bo Ek’s reply' });
    expect(pointer.getAttribute('href')).toBe('#accepted-title');
    expect(screen.getByText('Or ask the service desk.')).toBeTruthy();
  });

  it('confirms an accept at the foot of the question, above the replies', async () => {
    renderPage([
      load(false),
      {
        request: { query: AcceptAnswerMutation, variables: { postId: 'p1', replyId: 'r1' } },
        result: {
          data: {
            acceptAnswer: {
              __typename: 'Post',
              id: 'p1',
              isAnswered: true,
              acceptedAnswer: answer,
            },
          },
        },
      },
    ]);
    const [first] = await screen.findAllByRole('button', { name: 'Accept as answer' });
    fireEvent.click(first);
    const status = await screen.findByText('Accepted Bo Ek’s reply as the answer.');
    const question = screen.getAllByRole('article')[0];
    expect(question.contains(status)).toBe(true);
    expect(await screen.findByRole('region', { name: 'Accepted answer' })).toBeTruthy();
  });

  it('tells the asker their unanswered question was routed, and to how many people', async () => {
    renderPage([load(false, 3)]);
    expect(
      await screen.findByText(
        'Nobody had answered yet, so we offered your question to 3 people who may know.',
      ),
    ).toBeTruthy();
  });

  it('says nothing about routing when the question was not routed', async () => {
    renderPage([load(false)]);
    await screen.findAllByRole('button', { name: 'Accept as answer' });
    expect(screen.queryByText(/we offered your question/)).toBeNull();
  });
});
