import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MyCommunitiesQuery } from '../../../communities/graphql/communities.operations';
import { CreatePostMutation, MentionCandidatesQuery } from '../../graphql/stream.operations';
import { Composer, type ComposerProps } from '../composer';

function renderComposer(
  mocks: ReadonlyArray<MockLink.MockedResponse> = [],
  props: ComposerProps = {},
) {
  return render(
    <MockedProvider mocks={mocks}>
      <Composer {...props} />
    </MockedProvider>,
  );
}

const myCommunities: MockLink.MockedResponse = {
  request: { query: MyCommunitiesQuery },
  result: {
    data: {
      communities: {
        __typename: 'CommunityConnection',
        nodes: [
          {
            __typename: 'Community',
            id: 'c1',
            slug: 'finance-leads',
            name: 'Finance Leads',
            type: 'RESTRICTED',
            memberCount: 12,
          },
        ],
      },
    },
  },
};

/** Matches the expected variables plus the composer's idempotency key, and records the key. */
const sentKeys: string[] = [];
function withKey(expected: Record<string, unknown>) {
  return (variables: Record<string, unknown>) => {
    const { idempotencyKey, ...rest } = variables;
    if (typeof idempotencyKey !== 'string' || !/^[0-9a-f]{32}$/.test(idempotencyKey)) return false;
    if (JSON.stringify(rest) !== JSON.stringify(expected)) return false;
    sentKeys.push(idempotencyKey);
    return true;
  };
}

const textbox = () => screen.getByLabelText<HTMLTextAreaElement>(/^Share or ask something/);

function type(value: string) {
  const box = textbox();
  fireEvent.change(box, { target: { value } });
  box.setSelectionRange(value.length, value.length);
  fireEvent.select(box);
}

const person = (id: string, handle: string, displayName: string) => ({
  __typename: 'User' as const,
  id,
  handle,
  displayName,
  avatarUrl: null,
  jobTitle: 'Network engineer',
});

describe('Composer', () => {
  it('states the audience plainly', () => {
    renderComposer();
    expect(screen.getByText('Everyone in the company can see this.')).toBeTruthy();
  });

  it('suggests "This is a question" when the text ends with "?", and respects a choice', () => {
    renderComposer();
    const toggle = screen.getByRole<HTMLInputElement>('checkbox', { name: 'This is a question' });
    expect(toggle.checked).toBe(false);
    type('Where is the VPN guide?');
    expect(toggle.checked).toBe(true);
    expect(screen.getByText('Suggested: it ends with “?”')).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    type('Where is the VPN guide? Anyone?');
    expect(toggle.checked).toBe(false);
  });

  it('shows a BAD_USER_INPUT problem with input.body next to the text', async () => {
    renderComposer([
      {
        request: {
          query: CreatePostMutation,
          variables: withKey({ input: { body: 'hi', isQuestion: false } }),
        },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ path: 'input.body', message: 'Write at least 3 characters.' }],
              },
            }),
          ],
        },
      },
    ]);
    type('hi');
    await act(async () => {
      fireEvent.keyDown(textbox(), { key: 'Enter', ctrlKey: true });
    });
    await screen.findByText('Write at least 3 characters.');
    expect(textbox().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(textbox());
  });

  it('suggests people for "@xy" and inserts the handle with the keyboard', async () => {
    renderComposer([
      {
        request: { query: MentionCandidatesQuery, variables: { query: 'an' } },
        result: {
          data: {
            users: {
              __typename: 'UserConnection',
              nodes: [person('1', 'ana', 'Ana Berg'), person('2', 'anders', 'Anders Lund')],
            },
          },
        },
      },
    ]);
    type('Ask @an');
    const listbox = await screen.findByRole('listbox', { name: 'People to mention' });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(listbox.textContent).toMatch(/Network engineer/);

    fireEvent.keyDown(textbox(), { key: 'ArrowDown' });
    expect(textbox().getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(textbox().value).toBe('Ask @anders ');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('closes the suggestions with Escape', async () => {
    renderComposer([
      {
        request: { query: MentionCandidatesQuery, variables: { query: 'an' } },
        result: {
          data: {
            users: { __typename: 'UserConnection', nodes: [person('1', 'ana', 'Ana Berg')] },
          },
        },
      },
    ]);
    type('@an');
    await screen.findByRole('listbox');
    fireEvent.keyDown(textbox(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(textbox().value).toBe('@an');
  });

  it('posts in one of my communities and updates the audience line', async () => {
    renderComposer([myCommunities], { communityPicker: true });
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Post in' });
    expect(select.value).toBe('');
    expect(screen.getByText('Everyone in the company can see this.')).toBeTruthy();
    await screen.findByRole('option', { name: 'Finance Leads' });
    fireEvent.change(select, { target: { value: 'c1' } });
    expect(screen.getByText('Only the 12 members of Finance Leads can see this.')).toBeTruthy();
  });

  it('tells the author who was mentioned but cannot see a restricted post', async () => {
    renderComposer(
      [
        myCommunities,
        {
          request: {
            query: CreatePostMutation,
            variables: withKey({
              input: { body: 'ask @bob', isQuestion: false, communityId: 'c1' },
            }),
          },
          result: {
            data: {
              createPost: {
                __typename: 'Post',
                id: 'p1',
                bodyHtml: '<p>ask @bob</p>',
                createdAt: '2026-01-01T00:00:00Z',
                editedAt: null,
                isDeleted: false,
                isQuestion: false,
                isAnswered: false,
                likeCount: 0,
                viewerHasLiked: false,
                replyCount: 0,
                tags: [],
                audienceLabel: 'Only the 12 members of Finance Leads can see this',
                community: {
                  __typename: 'Community',
                  id: 'c1',
                  slug: 'finance-leads',
                  name: 'Finance Leads',
                },
                author: person('9', 'me', 'Me Myself'),
                board: null,
                mentions: [],
                mentionedWhoCannotSee: [
                  { __typename: 'User', id: '5', handle: 'bob', displayName: 'Bob' },
                ],
              },
            },
          },
        },
      ],
      {
        communityPicker: true,
        community: { id: 'c1', name: 'Finance Leads', type: 'RESTRICTED', memberCount: 12 },
      },
    );
    type('ask @bob');
    await act(async () => {
      fireEvent.keyDown(textbox(), { key: 'Enter', ctrlKey: true });
    });
    await screen.findByText('@bob can’t see this community and won’t be notified.');
  });

  it('sends one idempotency key per post: a retry repeats it, the next post gets a new one', async () => {
    sentKeys.length = 0;
    const created = (body: string) => ({
      __typename: 'Post' as const,
      id: `p-${body}`,
      bodyHtml: `<p>${body}</p>`,
      createdAt: '2026-01-01T00:00:00Z',
      editedAt: null,
      isDeleted: false,
      isQuestion: false,
      isAnswered: false,
      likeCount: 0,
      viewerHasLiked: false,
      replyCount: 0,
      tags: [],
      audienceLabel: 'Everyone in the company can see this',
      community: null,
      author: person('9', 'me', 'Me Myself'),
      board: null,
      mentions: [],
      mentionedWhoCannotSee: [],
    });
    const attempt = (body: string) => ({
      query: CreatePostMutation,
      variables: withKey({ input: { body, isQuestion: false } }),
    });
    renderComposer([
      { request: attempt('first'), error: new Error('The connection dropped') },
      { request: attempt('first'), result: { data: { createPost: created('first') } } },
      { request: attempt('second'), result: { data: { createPost: created('second') } } },
    ]);
    const send = async () =>
      act(async () => {
        fireEvent.keyDown(textbox(), { key: 'Enter', ctrlKey: true });
      });
    type('first');
    await send();
    await screen.findByText('Could not post'); // the answer was lost…
    await send(); // …so the person sends again
    await screen.findByText('Posted.');
    type('second');
    await send();
    await act(async () => {});
    expect(sentKeys).toHaveLength(3);
    expect(sentKeys[1]).toBe(sentKeys[0]);
    expect(sentKeys[2]).not.toBe(sentKeys[0]);
  });
});
