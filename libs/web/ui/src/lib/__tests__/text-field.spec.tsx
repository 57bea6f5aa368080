import { render, screen } from '@testing-library/react';
import { TextField } from '../text-field';

describe('TextField', () => {
  it('labels the input and links the hint through aria-describedby', () => {
    render(<TextField label="Handle" hint="2-30 characters" />);
    const input = screen.getByLabelText('Handle');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      '2-30 characters',
    ]);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the error, marks the input invalid and announces the error before the hint', () => {
    render(<TextField label="Handle" hint="2-30 characters" error="That handle is taken." />);
    const input = screen.getByLabelText('Handle');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const texts = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['That handle is taken.', '2-30 characters']);
  });

  it('uses a given id', () => {
    render(<TextField id="email" label="E-mail" />);
    expect(screen.getByLabelText('E-mail').id).toBe('email');
  });
});
