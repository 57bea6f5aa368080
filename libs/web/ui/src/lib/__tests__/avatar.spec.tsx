import { render, screen } from '@testing-library/react';
import { Avatar } from '../avatar';
import { initialsOf } from '../initials';

describe('initialsOf', () => {
  it.each([
    ['Ana María Berg', 'AB'],
    ['ana', 'A'],
    ['  Örjan   Ek ', 'ÖE'],
    ['', '?'],
  ])('%p -> %p', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('Avatar', () => {
  it('shows the photo with the name as alternative text', () => {
    render(<Avatar name="Ana Berg" src="/avatars/1.png" />);
    expect(screen.getByRole('img', { name: 'Ana Berg' }).getAttribute('src')).toBe(
      '/avatars/1.png',
    );
  });

  it('shows initials when there is no photo', () => {
    render(<Avatar name="Ana Berg" />);
    expect(screen.getByRole('img', { name: 'Ana Berg' }).textContent).toBe('AB');
  });

  it('is hidden from assistive technology when decorative', () => {
    const { container } = render(<Avatar name="Ana Berg" labelled={false} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
  });
});
