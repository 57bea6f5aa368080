import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { SsoSignInQuery } from '../../graphql/auth.operations';
import { SsoSignIn } from '../sso-sign-in';

let search = '';
// The component only reads the query string; a stub keeps the router out of jsdom.
jest.mock('react-router-dom', () => ({
  useSearchParams: () => [new URLSearchParams(search)],
}));

function renderWith(ssoSignIn: Record<string, unknown> | null) {
  return render(
    <MockedProvider
      mocks={[{ request: { query: SsoSignInQuery }, result: { data: { ssoSignIn } } }]}
    >
      <SsoSignIn />
    </MockedProvider>,
  );
}

const configured = {
  __typename: 'SsoSignIn',
  providerName: 'Northwind ID',
  loginUrl: '/auth/oidc/login',
  available: true,
  problem: null,
};

describe('SsoSignIn', () => {
  beforeEach(() => (search = ''));

  it('offers "Sign in with <provider>", coming back to the page asked for', async () => {
    search = 'next=/questions';
    renderWith(configured);
    const link = await screen.findByRole('link', { name: 'Sign in with Northwind ID' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/login?returnTo=%2Fquestions');
  });

  it('never sends the browser off-site after sign-in', async () => {
    search = 'next=//evil.example';
    renderWith(configured);
    const link = await screen.findByRole('link', { name: 'Sign in with Northwind ID' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/login?returnTo=%2F');
  });

  it('explains a refused sign-in by its code', async () => {
    search = 'sso_error=domain';
    renderWith(configured);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('not from a domain allowed'),
    );
  });

  it('says why the provider cannot be used right now', async () => {
    renderWith({ ...configured, available: false, problem: 'the provider could not be reached' });
    expect(await screen.findByText('the provider could not be reached')).toBeTruthy();
  });

  it('shows nothing when single sign-on is not configured', async () => {
    const { container } = renderWith(null);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(container.textContent).toBe('');
  });
});
