import type { Page } from 'playwright-core';
import {
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  startOidcProvider,
  type RunningProvider,
  freePort,
} from './support';

/**
 * Single sign-on in a real browser: the log-in page offers "Sign in with Northwind ID", the
 * provider's own log-in page signs Erin in, she lands in Outloud with an account made just in
 * time from the provider's claims, and logging out ends the provider session too.
 */
describe('sign in with the identity provider', () => {
  let provider: RunningProvider;
  // The provider and the product must know each other's address before either starts.
  const suite = useProductAndBrowser(async () => {
    const [appPort, idpPort] = [await freePort(), await freePort()];
    provider = await startOidcProvider({
      port: idpPort,
      appUrl: `http://127.0.0.1:${appPort}`,
      clientId: 'outloud',
      clientSecret: 'e2e-client-secret',
      accounts: {
        erin: {
          email: 'erin@northwind.example',
          email_verified: true,
          name: 'Erin Ek',
          title: 'Controller',
          department: 'Finance',
        },
      },
    });
    return {
      port: appPort,
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'outloud',
        OIDC_CLIENT_SECRET: 'e2e-client-secret',
        OIDC_PROVIDER_NAME: 'Northwind ID',
        OIDC_ALLOWED_EMAIL_DOMAINS: 'northwind.example',
      },
    };
  });
  let page: Page;
  const { url } = suite;

  beforeAll(async () => {
    page = await suite.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await provider?.stop();
  });

  it('offers "Sign in with Northwind ID" on an accessible log-in page', async () => {
    await page.goto(url('/login'));
    await page.getByRole('link', { name: 'Sign in with Northwind ID' }).waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it("signs in through the provider's own log-in page and lands in Outloud", async () => {
    await page.getByRole('link', { name: 'Sign in with Northwind ID' }).click();
    await page.waitForURL((u) => u.href.startsWith(`${provider.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill('erin');
    await page.locator('input[name="password"]').fill('any password works here');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL(url('/'));
    await page.getByRole('heading', { name: 'Welcome, Erin' }).waitFor();
  });

  it('made her profile from the provider', async () => {
    await page.goto(url('/people/erin'));
    await page.getByRole('heading', { name: 'Erin Ek' }).waitFor();
    await page.getByText('Controller').first().waitFor();
  });

  it('logs out of the provider too, and comes back to the log-in page', async () => {
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((u) => u.href.startsWith(`${provider.issuer}/session/end`));
    await page.getByRole('button', { name: /Yes, sign me out/i }).click();
    await page.waitForURL(url('/login'));
    await page.getByRole('link', { name: 'Sign in with Northwind ID' }).waitFor();
  });
});
