import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReplyFieldsFragment } from '../../../../generated/graphql';
import { EditReplyMutation } from '../../graphql/stream.operations';
import { ReplyItem } from '../reply-item';

// The router needs TextEncoder, which jsdom lacks: a stub Link and navigate are enough here.
jest.mock('react-router-dom', () => ({
  Link: ({ to, children, ...rest }: { to: string; children: React.ReactNode }) => (
    <a href={to} {...rest}>
      {children}
    </a>
  ),
  useNavigate: () => jest.fn(),
}));

const reply = (overrides: Partial<ReplyFieldsFragment> = {}): ReplyFieldsFragment => ({
  id: 'r1',
  body: 'Use the portal',
  bodyHtml: '<p>Use the portal</p>',
  createdAt: new Date().toISOString(),
  editedAt: null,
  isDeleted: false,
  likeCount: 2,
  viewerHasLiked: false,
  author: {
    id: 'u1',
    handle: 'hal',
    displayName: 'Hal Helper',
    avatarUrl: null,
    jobTitle: null,
    isFormerColleague: false,
  },
  moderation: null,
  ...overrides,
});

function renderReply(
  props: Partial<Parameters<typeof ReplyItem>[0]> = {},
  mocks: ReadonlyArray<MockLink.MockedResponse> = [],
) {
  return render(
    <MockedProvider mocks={mocks}>
      <ReplyItem reply={reply()} {...props} />
    </MockedProvider>,
  );
}

describe('ReplyItem', () => {
  it('shows a deleted reply as a note, without actions', () => {
    renderReply({ reply: reply({ isDeleted: true, bodyHtml: '' }), canManage: true });
    expect(screen.getByText('This reply was deleted.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks a reply by a former colleague, which stays', () => {
    const { unmount } = renderReply();
    expect(screen.queryByText(/former colleague/)).toBeNull();
    unmount();
    renderReply({
      reply: reply({
        author: {
          id: 'u1',
          handle: 'hal',
          displayName: 'Hal Helper',
          avatarUrl: null,
          jobTitle: null,
          isFormerColleague: true,
        },
      }),
    });
    expect(screen.getByRole('link', { name: 'Hal Helper' })).toBeTruthy();
    expect(screen.getByText('(former colleague)')).toBeTruthy();
    expect(screen.getByText('Use the portal')).toBeTruthy();
  });

  it('offers Edit and Delete to the author only', () => {
    const { unmount } = renderReply();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Like/ })).toBeTruthy();
    unmount();
    renderReply({ canManage: true });
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('has a Like toggle with aria-pressed, described by the author', () => {
    const { unmount } = renderReply();
    let like = screen.getByRole('button', { name: /^Like/ });
    expect(like.getAttribute('aria-pressed')).toBe('false');
    expect(like.getAttribute('aria-describedby')).toBe('reply-r1-author');
    expect(like.textContent).toContain('2');
    unmount();
    renderReply({ reply: reply({ viewerHasLiked: true, likeCount: 3 }) });
    like = screen.getByRole('button', { name: /^Like/ });
    expect(like.getAttribute('aria-pressed')).toBe('true');
  });

  it('edits in place and announces the result', async () => {
    const onStatus = jest.fn();
    renderReply({ canManage: true, onStatus }, [
      {
        request: {
          query: EditReplyMutation,
          variables: { id: 'r1', input: { body: 'Use the self-service portal' } },
        },
        result: {
          data: {
            editReply: {
              ...reply({
                body: 'Use the self-service portal',
                bodyHtml: '<p>Use the self-service portal</p>',
                editedAt: new Date().toISOString(),
              }),
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const box = screen.getByLabelText<HTMLTextAreaElement>(/^Edit your reply/);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('Use the portal');
    fireEvent.change(box, { target: { value: 'Use the self-service portal' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save reply' }));
    });
    await waitFor(() => expect(onStatus).toHaveBeenCalledWith('Reply saved.'));
    expect(screen.queryByLabelText(/^Edit your reply/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  });

  it('cancels an edit with Escape', () => {
    renderReply({ canManage: true });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.keyDown(screen.getByLabelText(/^Edit your reply/), { key: 'Escape' });
    expect(screen.queryByLabelText(/^Edit your reply/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  });
});
