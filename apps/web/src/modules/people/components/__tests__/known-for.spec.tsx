import { setLocale } from '@outloud/web-i18n';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { KnownForFieldsFragment } from '../../../../generated/graphql';
import { KnownFor } from '../known-for';

const TOPICS: KnownForFieldsFragment[] = [
  {
    topic: 'vpn',
    tag: 'vpn',
    because: {
      kind: 'ACCEPTED_ANSWERS',
      count: 2,
      topic: 'vpn',
      lastAt: '2026-03-14T10:00:00.000Z',
    },
    evidence: [
      {
        kind: 'ACCEPTED_ANSWERS',
        postId: 'p1',
        fileId: null,
        title: 'How do I renew the VPN certificate?',
      },
    ],
  },
  {
    topic: 'plotter',
    tag: null,
    because: {
      kind: 'USED_FILES',
      count: 1,
      topic: 'plotter',
      lastAt: '2026-05-01T10:00:00.000Z',
    },
    evidence: [
      {
        kind: 'USED_FILES',
        postId: null,
        fileId: 'f1',
        title: 'plotter-guide.pdf',
      },
    ],
  },
];

const renderKnownFor = (topics: KnownForFieldsFragment[], isSelf = false) =>
  render(
    <MemoryRouter>
      <KnownFor topics={topics} name="Bo Berg" isSelf={isSelf} />
    </MemoryRouter>,
  );

describe('KnownFor', () => {
  afterEach(() => act(() => void setLocale('en')));

  it('shows each topic with its reason and links to the evidence', () => {
    renderKnownFor(TOPICS);
    const section = screen.getByRole('region', { name: 'Known for' });
    expect(within(section).getByRole('link', { name: '#vpn' }).getAttribute('href')).toBe(
      '/tags/vpn',
    );
    expect(
      within(section).getByText('answered 2 questions about vpn, last in March 2026'),
    ).toBeTruthy();
    const evidence = within(section).getByRole('list', { name: 'Evidence for vpn' });
    expect(
      within(evidence)
        .getByRole('link', { name: 'How do I renew the VPN certificate?' })
        .getAttribute('href'),
    ).toBe('/posts/p1');
    expect(within(section).getByText('plotter')).toBeTruthy();
    expect(
      within(section).getByRole('link', { name: 'plotter-guide.pdf' }).getAttribute('href'),
    ).toBe('/library/f1');
    expect(within(section).getByText('shared 1 file about plotter that others use')).toBeTruthy();
  });

  it('has an empty state for others and for oneself', () => {
    const { unmount } = renderKnownFor([]);
    expect(screen.getByText(/Nothing yet: Bo Berg has not answered questions/)).toBeTruthy();
    unmount();
    renderKnownFor([], true);
    expect(screen.getByText(/Answer questions and share files/)).toBeTruthy();
  });

  it('speaks Swedish', async () => {
    await act(() => setLocale('sv'));
    renderKnownFor(TOPICS);
    expect(screen.getByRole('region', { name: 'Känd för' })).toBeTruthy();
    expect(screen.getByText('har besvarat 2 frågor om vpn, senast i mars 2026')).toBeTruthy();
  });
});
