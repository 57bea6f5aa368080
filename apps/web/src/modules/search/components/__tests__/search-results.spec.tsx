import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { SearchResults, type SearchHitData } from '../search-results';

const empty = { post: null, user: null, file: null, bookmark: null, community: null };

const question = {
  __typename: 'SearchHit',
  ...empty,
  type: 'POST',
  score: 2,
  highlight: 'Request a new one in the <mark>IT</mark> portal.',
  highlights: [
    { field: 'title', html: 'Renewing the <mark>VPN</mark> certificate' },
    { field: 'answer', html: 'Request a new one in the <mark>IT</mark> portal.' },
    { field: 'body', html: 'What is the process when it expires?' },
  ],
  post: {
    __typename: 'Post',
    id: 'p1',
    createdAt: new Date().toISOString(),
    isQuestion: true,
    isAnswered: true,
    replyCount: 2,
    likeCount: 0,
    tags: ['it'],
    author: { id: 'u1', handle: 'ana', displayName: 'Ana Lindqvist', avatarUrl: null },
    community: null,
  },
} as unknown as SearchHitData;

const person = {
  __typename: 'SearchHit',
  ...empty,
  type: 'PERSON',
  score: 1,
  highlight: 'tundeo People Operations Specialist People &amp; Culture Toronto parental-leave',
  highlights: [
    { field: 'title', html: 'Tunde Okafor' },
    {
      field: 'body',
      html: 'tundeo People Operations Specialist People &amp; Culture Toronto parental-leave',
    },
  ],
  user: {
    __typename: 'User',
    id: 'u2',
    handle: 'tundeo',
    displayName: 'Tunde Okafor',
    avatarUrl: null,
    jobTitle: 'People Operations Specialist',
    department: 'People & Culture',
  },
} as unknown as SearchHitData;

function renderHits(hits: SearchHitData[]) {
  return render(
    <MemoryRouter>
      <SearchResults hits={hits} />
    </MemoryRouter>,
  );
}

describe('SearchResults', () => {
  it('shows a question by its own title and text, then the accepted answer, then who asked', () => {
    renderHits([question]);
    const card = screen.getByRole('article', { name: 'Renewing the VPN certificate' });
    expect(within(card).getByRole('link', { name: 'Renewing the VPN certificate' })).toHaveProperty(
      'pathname',
      '/posts/p1',
    );
    expect(within(card).getByText('What is the process when it expires?')).toBeTruthy();
    expect(within(card).getByText('Accepted answer:')).toBeTruthy();
    expect(within(card).getByText(/portal\./)).toBeTruthy();
    expect(card.textContent).toContain('Question by Ana Lindqvist');
    // The title comes first, the answer after the question's own text.
    const text = card.textContent ?? '';
    expect(text.indexOf('What is the process')).toBeLessThan(text.indexOf('Accepted answer'));
  });

  it('shows a person by name, job title and department, not a keyword dump', () => {
    renderHits([person]);
    expect(screen.getByRole('link', { name: 'Tunde Okafor' })).toBeTruthy();
    expect(
      screen.getByText('@tundeo · People Operations Specialist · People & Culture'),
    ).toBeTruthy();
    expect(screen.queryByText(/Toronto/)).toBeNull();
  });
});
