import { render, screen } from '@testing-library/react';
import { ProgressBar, clampPercent } from '../progress-bar';

describe('ProgressBar', () => {
  it('exposes its value to assistive technology', () => {
    render(<ProgressBar value={40} label="Profile completeness" />);
    const bar = screen.getByRole('progressbar', { name: 'Profile completeness' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
  });

  it('clamps values outside 0-100', () => {
    expect(clampPercent(140)).toBe(100);
    expect(clampPercent(-3)).toBe(0);
    expect(clampPercent(Number.NaN)).toBe(0);
  });
});
