import { setLocale } from '@outloud/web-i18n';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { THEME_STORAGE_KEY } from '../../utils/theme';
import { PreferencesForm } from '../preferences-form';

afterEach(async () => {
  await act(() => setLocale('en'));
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('PreferencesForm', () => {
  it('switches the interface to Swedish at once, with Swedish dates and numbers', async () => {
    render(<PreferencesForm />);
    expect(screen.getByRole('heading', { name: 'Language' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Svenska' }));
    });
    expect(screen.getByRole('heading', { name: 'Språk' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    expect(window.localStorage.getItem('outloud.locale')).toBe('sv');
    // "1 234,5" with a (narrow) no-break space: the Swedish way to write numbers.
    expect(screen.getByText(/Datum och tal ser ut så här: .*1\s234,5/u)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Språk: Svenska.');
  });

  it('pins a dark or light theme, or follows the system', () => {
    render(<PreferencesForm />);
    expect(screen.getByRole('radio', { name: /Same as the system/ })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: /Dark/ }));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    fireEvent.click(screen.getByRole('radio', { name: /Same as the system/ }));
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('system');
  });
});
