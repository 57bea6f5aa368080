import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  CreateBookmarkMutation,
  DeleteBookmarkOfMutation,
} from '../../graphql/bookmarks.operations';
import { BookmarkButton } from '../bookmark-button';

const FILE_ID = '00000000-0000-4000-8000-000000000001';

const removeMock = {
  request: { query: DeleteBookmarkOfMutation, variables: { target: { fileId: FILE_ID } } },
  result: { data: { deleteBookmarkOf: true } },
};

describe('BookmarkButton', () => {
  it('starts from the server state and removes the bookmark when pressed', async () => {
    render(
      <MockedProvider mocks={[removeMock]}>
        <BookmarkButton fileId={FILE_ID} bookmarked />
      </MockedProvider>,
    );
    const button = screen.getByRole('button', { name: /Bookmarked/ });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Bookmark$/ }).getAttribute('aria-pressed')).toBe(
        'false',
      ),
    );
    expect(screen.getByText('Removed from your bookmarks.')).toBeTruthy();
  });

  it('shows "not bookmarked" when the server says so, and follows a new server answer', () => {
    const { rerender } = render(
      <MockedProvider mocks={[]}>
        <BookmarkButton fileId={FILE_ID} bookmarked={false} />
      </MockedProvider>,
    );
    expect(screen.getByRole('button').getAttribute('aria-pressed')).toBe('false');
    rerender(
      <MockedProvider mocks={[]}>
        <BookmarkButton fileId={FILE_ID} bookmarked />
      </MockedProvider>,
    );
    expect(screen.getByRole('button').getAttribute('aria-pressed')).toBe('true');
  });

  it('saves a link with the title and tags it was shown with', async () => {
    const create = {
      request: {
        query: CreateBookmarkMutation,
        variables: (variables: Record<string, unknown>) =>
          typeof variables.idempotencyKey === 'string' &&
          JSON.stringify(variables.input) ===
            JSON.stringify({
              url: 'https://semver.org/',
              title: 'Semantic Versioning',
              tags: ['release'],
            }),
      },
      result: {
        data: {
          createBookmark: {
            __typename: 'Bookmark',
            id: 'b1',
            title: 'Semantic Versioning',
            description: '',
            url: 'https://semver.org/',
            postId: null,
            targetKind: 'URL',
            tags: ['release'],
            isPrivate: false,
            savedByCount: 2,
            viewerHasBookmarked: true,
            createdAt: '2026-01-01T00:00:00.000Z',
            file: null,
            owner: { __typename: 'User', id: 'u1', handle: 'ana', displayName: 'Ana' },
          },
        },
      },
    };
    render(
      <MockedProvider mocks={[create]}>
        <BookmarkButton url="https://semver.org/" title="Semantic Versioning" tags={['release']} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Bookmark$/ }));
    await waitFor(() => expect(screen.getByText('Bookmarked.')).toBeTruthy());
    expect(screen.getByRole('button').getAttribute('aria-pressed')).toBe('true');
  });
});
