import type { Page } from 'playwright-core';
import { useProductAndBrowser, expectNoSeriousA11yProblems } from './support';

/**
 * One person's first visit, in order: sign up, log out, log in again, fill in the profile and see
 * it as colleagues do. Steps share the page, so a failing step fails those after it.
 */
describe('sign-up and profile', () => {
  const suffix = Date.now().toString(36).slice(-6) + Math.floor(Math.random() * 1e4).toString(36);
  const person = {
    handle: `e2e_${suffix}`,
    displayName: 'Eve Tester',
    email: `e2e_${suffix}@example.com`,
    password: 'quiet river lamp stone',
  };
  const profile = {
    jobTitle: 'Payroll specialist',
    bio: 'I answer questions about payroll, expenses and travel.',
    expertise: ['Payroll', 'Expenses', 'Travel policy'],
    // The API stores expertise in lower case.
    savedExpertise: ['payroll', 'expenses', 'travel policy'],
  };

  const suite = useProductAndBrowser();
  let page: Page;
  const { url } = suite;

  beforeAll(async () => {
    page = await suite.newPage({ viewport: { width: 1280, height: 800 } });
  });

  it('sends a logged-out visitor to the log-in page', async () => {
    await page.goto(url('/'));
    await page.waitForURL(url('/login'));
    await page.getByRole('heading', { name: 'Log in to Outloud' }).waitFor();
  });

  it('runs no script injected into the page (Content-Security-Policy)', async () => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: number };
      const script = document.createElement('script');
      script.textContent = 'window.injected = 1';
      document.head.appendChild(script);
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="data:," onerror="window.injected = 2" alt=""><a id="x" href="javascript:window.injected=3">x</a>',
      );
      (document.getElementById('x') as HTMLAnchorElement).click();
      await new Promise((r) => setTimeout(r, 300));
      return w.injected ?? null;
    });
    expect(ran).toBeNull();
    expect(violations.length).toBeGreaterThan(0);
  });

  it('signs up a new person and lands on home', async () => {
    await page.goto(url('/signup'));
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await expectNoSeriousA11yProblems(page);

    await page.getByLabel(/^Handle/).fill(person.handle);
    await page.getByLabel(/^Display name/).fill(person.displayName);
    await page.getByLabel(/^Work e-mail/).fill(person.email);
    await page.getByLabel(/^Password/).fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL(url('/'));
    await page.getByRole('heading', { name: 'Welcome, Eve' }).waitFor();
    await page.getByText('Add a photo, bio and expertise so colleagues can find you').waitFor();
    const progress = page.getByRole('progressbar', { name: 'Profile completeness' });
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
  });

  it('has no serious accessibility problems on home', async () => {
    await expectNoSeriousA11yProblems(page);
  });

  it('logs out from the user menu', async () => {
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(url('/login'));
    await page.getByRole('heading', { name: 'Log in to Outloud' }).waitFor();

    // The session is really gone: a protected page sends us back to log in.
    await page.goto(url('/settings/profile'));
    await page.waitForURL(/\/login\?next=/);
  });

  it('logs in again with the handle and returns to the page asked for', async () => {
    await page.getByLabel(/^Handle or e-mail/).fill(person.handle);
    await page.getByLabel(/^Password/).fill(person.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(url('/settings/profile'));
    await page.getByRole('heading', { name: 'Edit profile' }).waitFor();
  });

  it('edits title, bio and expertise', async () => {
    await page.getByLabel(/^Job title/).fill(profile.jobTitle);
    await page.getByLabel(/^Bio/).fill(profile.bio);
    await page.getByLabel(/^Expertise/).fill(profile.expertise.join(', '));
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
  });

  it('shows the saved profile to colleagues', async () => {
    await page.goto(url(`/people/${person.handle}`));
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: person.displayName }).waitFor();
    await main.getByText(`@${person.handle}`).waitFor();
    await main.getByText(profile.jobTitle).waitFor();
    await main.getByText(profile.bio).waitFor();
    const chips = main.getByRole('list', { name: 'Expertise' }).getByRole('listitem');
    expect(await chips.allTextContents()).toEqual(profile.savedExpertise);
    await main.getByRole('link', { name: 'Edit profile' }).waitFor();
    await expectNoSeriousA11yProblems(page);
  });
});
