import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
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

function renderCard(overrides: Partial<PostCardFragment>, linkToPost = true) {
  return render(
    <MockedProvider mocks={[]}>
      <MemoryRouter>
        <PostCard post={{ ...post, ...overrides }} linkToPost={linkToPost} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('PostCard hashtags', () => {
  it('shows a tag once: linked in the text, with no chip repeating it', () => {
    renderCard({
      bodyHtml:
        '<p>Parking is full <a href="/tags/parking" class="hashtag" data-tag="parking">#parking</a></p>',
      tags: ['parking', 'facilities'],
    });
    expect(screen.getAllByRole('link', { name: '#parking' })).toHaveLength(1);
    // A tag the text does not link (none today, but the chip list is the fallback) keeps its chip.
    expect(screen.getByRole('list', { name: 'Tags' }).textContent).toBe('#facilities');
  });

  it('shows no tag list when every tag is in the text', () => {
    renderCard({
      bodyHtml: '<p><a href="/tags/vpn" class="hashtag" data-tag="vpn">#VPN</a></p>',
      tags: ['vpn'],
    });
    expect(screen.queryByRole('list', { name: 'Tags' })).toBeNull();
  });
});

describe('PostCard long posts', () => {
  const long = `<p>${'A long paragraph about the quarterly planning. '.repeat(20)}</p>`;

  it('folds a long post in a list behind "Show more", and opens it', () => {
    const { container } = renderCard({ bodyHtml: long });
    const button = screen.getByRole('button', { name: 'Show more' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.post__body--folded')).not.toBeNull();
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(container.querySelector('.post__body--folded')).toBeNull();
  });

  it('shows a short post whole, and a long one whole on its own page', () => {
    renderCard({ bodyHtml: '<p>Short.</p>' });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    renderCard({ bodyHtml: long }, false);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});

describe('PostCard by a former colleague', () => {
  it('keeps the post, attributed and marked "(former colleague)"', () => {
    renderCard({
      author: {
        id: '1',
        handle: 'ana',
        displayName: 'Ana Berg',
        avatarUrl: null,
        jobTitle: null,
        isFormerColleague: true,
      },
    } as Partial<PostCardFragment>);
    expect(screen.getByRole('link', { name: 'Ana Berg' }).getAttribute('href')).toBe('/people/ana');
    expect(screen.getByText('(former colleague)')).toBeTruthy();
    expect(screen.getByText('Hi')).toBeTruthy();
  });
});
