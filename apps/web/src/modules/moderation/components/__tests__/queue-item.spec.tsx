import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { ModerationItemFieldsFragment } from '../../../../generated/graphql';
import { QueueItem } from '../queue-item';

const reply = (id: string, who: string, text: string) => ({
  __typename: 'Reply' as const,
  id,
  bodyHtml: `<p>${text}</p>`,
  author: { __typename: 'User' as const, id: `u-${who}`, displayName: who },
});

const item = {
  __typename: 'ModerationItem',
  id: 'm1',
  targetType: 'REPLY',
  targetId: 'r2',
  state: 'VISIBLE',
  queuedAt: '2026-12-05T08:00:00Z',
  hiddenAt: null,
  hiddenReason: null,
  reviewRequestedAt: null,
  reviewNote: null,
  reportCount: 2,
  excerpt: 'You clearly did not read it',
  reasons: [{ __typename: 'ReportReasonCount', reason: 'PERSONAL_ATTACK', count: 2 }],
  notes: [],
  author: { __typename: 'User', id: 'u-bo', handle: 'bo', displayName: 'Bo' },
  authorHistory: {
    __typename: 'ModerationAuthorHistory',
    everHidden: 1,
    stillHidden: 0,
    deleted: 0,
  },
  post: {
    __typename: 'Post',
    id: 'p1',
    bodyHtml: '<p>Is the Q3 plan final?</p>',
    isDeleted: false,
    author: { __typename: 'User', id: 'u-ana', displayName: 'Ana' },
    community: null,
    replyCount: 12,
    replies: {
      __typename: 'ReplyConnection',
      nodes: [
        reply('r1', 'Cy', 'Not yet, Friday.'),
        reply('r2', 'Bo', 'You clearly did not read it'),
      ],
    },
  },
  reply: { __typename: 'Reply', id: 'r2', bodyHtml: '<p>You clearly did not read it</p>' },
  file: null,
  profile: null,
} as unknown as ModerationItemFieldsFragment;

describe('QueueItem', () => {
  it('shows a reported reply inside its thread, marked, with how much of the thread is left out', () => {
    render(
      <MemoryRouter>
        <MockedProvider mocks={[]}>
          <QueueItem item={item} onDecided={() => undefined} />
        </MockedProvider>
      </MemoryRouter>,
    );
    const thread = screen.getByText('The thread: 12 replies').closest('details')!;
    expect(thread.open).toBe(true);
    const replies = within(thread).getAllByRole('listitem');
    expect(replies.map((li) => li.textContent)).toEqual([
      'CyNot yet, Friday.',
      'Bo · the reported replyYou clearly did not read it',
    ]);
    expect(within(thread).getByText('10 more replies on the post page.')).toBeTruthy();
  });
});
