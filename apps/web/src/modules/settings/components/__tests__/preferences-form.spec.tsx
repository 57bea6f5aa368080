import { MockedProvider } from '@apollo/client/testing/react';
import { setLocale } from '@outloud/web-i18n';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SaveLocaleMutation } from '../../graphql/security.operations';
import { THEME_STORAGE_KEY } from '../../utils/theme';
import { PreferencesForm } from '../preferences-form';

afterEach(async () => {
  await act(() => setLocale('en'));
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

const saved: string[] = [];
const saveSwedish = {
  request: { query: SaveLocaleMutation, variables: { locale: 'sv' } },
  result: () => {
    saved.push('sv');
    return { data: { updateProfile: { __typename: 'User', id: 'me', locale: 'sv' } } };
  },
};

describe('PreferencesForm', () => {
  it('switches the interface to Swedish at once, with Swedish dates and numbers, and saves it to the profile', async () => {
    render(
      <MockedProvider mocks={[saveSwedish]}>
        <PreferencesForm />
      </MockedProvider>,
    );
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
    await waitFor(() => expect(saved).toEqual(['sv']));
  });

  it('pins a dark or light theme, or follows the system', () => {
    render(
      <MockedProvider mocks={[]}>
        <PreferencesForm />
      </MockedProvider>,
    );
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
