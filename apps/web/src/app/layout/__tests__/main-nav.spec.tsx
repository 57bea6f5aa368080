import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { MainNav } from '../main-nav';
import { PHONE_BAR_SLOTS, visibleNavItems } from '../nav-items';

function renderNav(path = '/', role: 'ADMIN' | 'MEMBER' = 'ADMIN') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <MainNav items={visibleNavItems(role)} />
    </MemoryRouter>,
  );
}

describe('MainNav', () => {
  it('keeps at most four destinations in the phone bar, with the rest behind More', () => {
    const items = visibleNavItems('ADMIN');
    const primary = items.filter((item) => item.primary);
    expect(primary.length + 1).toBeLessThanOrEqual(PHONE_BAR_SLOTS);
    expect(primary.map((item) => item.to)).toEqual(['/', '/questions', '/communities', '/search']);
  });

  it('shows Admin to admins only', () => {
    expect(visibleNavItems('MEMBER').some((item) => item.to === '/admin')).toBe(false);
    expect(visibleNavItems('ADMIN').some((item) => item.to === '/admin')).toBe(true);
  });

  it('opens More with the secondary destinations and closes it with Escape, focus back on the button', () => {
    renderNav();
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/discover', '/library', '/bookmarks', '/admin']);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
  });

  it('marks More as the current section on a page reached through it', () => {
    renderNav('/bookmarks');
    expect(screen.getByRole('button', { name: 'More' }).classList).toContain(
      'mainnav__link--active',
    );
  });
});
