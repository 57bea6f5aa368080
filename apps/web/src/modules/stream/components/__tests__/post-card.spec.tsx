import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { PostCardFragment } from '../../../../generated/graphql';
import { PostCard } from '../post-card';

const post = {
  __typename: 'Post',
  id: '7',
  body: 'Hi',
  bodyHtml: '<p>Hi</p>',
  isQuestion: false,
  isAnswered: false,
  isDeleted: false,
  createdAt: new Date().toISOString(),
  editedAt: null,
  audienceLabel: 'Design',
  replyCount: 2,
  likeCount: 0,
  viewerHasLiked: false,
  viewerHasBookmarked: false,
  tags: [],
  mentions: [],
  author: { id: '1', handle: 'ana', displayName: 'Ana Berg', avatarUrl: null },
  board: { id: '2', handle: 'bo', displayName: 'Bo Ek' },
  community: { id: '3', slug: 'design', name: 'Design' },
} as unknown as PostCardFragment;

describe('PostCard links in translated sentences', () => {
  it('puts the names inside their links ("on Bo Ek’s board", "in Design")', () => {
    render(
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <PostCard post={post} />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByRole('link', { name: 'Bo Ek' }).getAttribute('href')).toBe('/people/bo');
    expect(screen.getByRole('link', { name: 'Design' }).getAttribute('href')).toBe('/c/design');
    expect(screen.getByRole('link', { name: '2 replies' })).toBeTruthy();
  });
});
