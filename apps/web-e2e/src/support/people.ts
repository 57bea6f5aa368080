import type { Page } from 'playwright-core';

export interface E2ePerson {
  handle: string;
  displayName: string;
  email: string;
  password: string;
}

export interface SignUpOptions {
  /** Also wait for home's greeting ("Welcome, Ada"), i.e. for home to have loaded its data. */
  waitForWelcome?: boolean;
}

/** Signs a new person up through the real form and waits for the home page. */
export async function signUpAs(
  page: Page,
  baseUrl: string,
  who: E2ePerson,
  options: SignUpOptions = {},
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel(/^Handle/).fill(who.handle);
  await page.getByLabel(/^Display name/).fill(who.displayName);
  await page.getByLabel(/^Work e-mail/).fill(who.email);
  await page.getByLabel(/^Password/).fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/`);
  if (options.waitForWelcome)
    await page
      .getByRole('heading', { name: `Welcome, ${who.displayName.split(' ')[0]}` })
      .waitFor();
}

/**
 * People unique to one run of a spec (the product under test keeps its data between specs):
 * `suffix` also marks the spec's own posts and communities.
 */
export function uniquePeople(): {
  suffix: string;
  person: (role: string, displayName: string) => E2ePerson;
} {
  const suffix = Date.now().toString(36).slice(-6) + Math.floor(Math.random() * 1e4).toString(36);
  return {
    suffix,
    person: (role, displayName) => ({
      handle: `${role}_${suffix}`,
      displayName,
      email: `${role}_${suffix}@example.com`,
      password: 'quiet river lamp stone',
    }),
  };
}
