import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousA11yProblems, startProduct, type RunningProduct } from './support';

/**
 * The core loop, with three people in their own browsers: the asker asks a question out loud and
 * @mentions the helper (picked with the keyboard from the autocomplete), the helper finds it on
 * home because they were mentioned and replies, the asker accepts the reply, and everyone sees
 * the question answered with the accepted answer pinned. Steps share state, in order.
 */
describe('ask, answer, accept', () => {
  const suffix = Date.now().toString(36).slice(-6) + Math.floor(Math.random() * 1e4).toString(36);
  const person = (role: string, displayName: string) => ({
    handle: `${role}_${suffix}`,
    displayName,
    email: `${role}_${suffix}@example.com`,
    password: 'quiet river lamp stone',
  });
  const asker = person('asker', 'Ada Asker');
  const helper = person('helper', 'Hal Helper');
  const colleague = person('peer', 'Pia Peer');
  const question = `how do I reset my VPN token ${suffix}?`;
  const answer = `Open the self-service portal and choose "Reset token" (${suffix}).`;

  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Record<'asker' | 'helper' | 'colleague', Page> = {} as never;
  let postPath = '';
  const url = (path: string) => `${product.baseUrl}${path}`;

  const expectNoSeriousA11yProblems = async (page: Page) => {
    expect(await seriousA11yProblems(page)).toEqual([]);
  };

  const signUp = async (page: Page, who: typeof asker) => {
    await page.goto(url('/signup'));
    await page.getByLabel(/^Handle/).fill(who.handle);
    await page.getByLabel(/^Display name/).fill(who.displayName);
    await page.getByLabel(/^Work e-mail/).fill(who.email);
    await page.getByLabel(/^Password/).fill(who.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(url('/'));
    await page
      .getByRole('heading', { name: `Welcome, ${who.displayName.split(' ')[0]}` })
      .waitFor();
  };

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    for (const name of ['asker', 'helper', 'colleague'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      pages[name] = await context.newPage();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('signs up three colleagues', async () => {
    await signUp(pages.asker, asker);
    await signUp(pages.helper, helper);
    await signUp(pages.colleague, colleague);
  });

  it('teaches a new person how to ask on an empty home', async () => {
    const page = pages.asker;
    await page.getByRole('heading', { name: 'Ask your first question out loud' }).waitFor();
    await page.getByText('Everyone in the company can see this.').first().waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('asks a question mentioning the helper, picked from the autocomplete with the keyboard', async () => {
    const page = pages.asker;
    const box = page.getByLabel(/^Ask or share something/);
    await box.click();
    await box.pressSequentially(`@${helper.handle.slice(0, 9)}`);

    const listbox = page.getByRole('listbox', { name: 'People to mention' });
    const option = listbox.getByRole('option', { name: new RegExp(helper.displayName) });
    await option.waitFor();
    // Move the active option to the helper with the arrow keys, then take it with Enter.
    for (let i = 0; i < 6 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
      await box.press('ArrowDown');
    }
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await box.press('Enter');
    await listbox.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe(`@${helper.handle} `);

    await box.pressSequentially(question);
    // A text ending with "?" is suggested as a question.
    const toggle = page.getByRole('checkbox', { name: 'This is a question' });
    expect(await toggle.isChecked()).toBe(true);
    await page.getByText('Suggested: it ends with “?”').waitFor();

    await box.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Posted your question.' }).waitFor();
    expect(await box.inputValue()).toBe('');

    const card = page.getByRole('article').filter({ hasText: question });
    await card.waitFor();
    await card.getByText('Question', { exact: true }).waitFor();
    await card.getByRole('link', { name: helper.handle }).first().waitFor();
    const href = await card.getByRole('link', { name: /replies|reply/ }).getAttribute('href');
    expect(href).toMatch(/^\/posts\/.+/);
    postPath = href ?? '';
    await expectNoSeriousA11yProblems(page);
  });

  it('shows the question on the helper’s home because they were mentioned', async () => {
    const page = pages.helper;
    await page.goto(url('/'));
    const card = page.getByRole('article').filter({ hasText: question });
    await card.waitFor();
    await card.getByText('mentioned you').waitFor();
    await card.getByRole('link', { name: /0 replies/ }).click();
    await page.waitForURL(url(postPath));
  });

  it('lets the helper reply, without offering them to accept', async () => {
    const page = pages.helper;
    await page.getByText(question).waitFor();
    await page.getByLabel(/^Your answer/).fill(answer);
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    await page.getByText('Reply posted.').waitFor();
    await page.getByRole('heading', { name: '1 reply' }).waitFor();
    await page.getByText(answer).waitFor();
    expect(await page.getByRole('button', { name: 'Accept as answer' }).count()).toBe(0);
  });

  it('lets the asker accept the helper’s reply, pinned under the question', async () => {
    const page = pages.asker;
    await page.goto(url(postPath));
    await page.getByText(answer).waitFor();
    await expectNoSeriousA11yProblems(page);
    await page.getByRole('button', { name: 'Accept as answer' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Accepted .* as the answer/ })
      .waitFor();

    const pinned = page.getByRole('region', { name: 'Accepted answer' });
    await pinned.getByText(answer).waitFor();
    await pinned.getByRole('link', { name: helper.displayName }).waitFor();
    await page.getByText('Answered', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Clear accepted answer' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept as answer' }).count()).toBe(0);
    await expectNoSeriousA11yProblems(page);
  });

  it('shows the answered question to a third colleague, who cannot change the answer', async () => {
    const page = pages.colleague;
    await page.goto(url('/questions?status=ACCEPTED'));
    const card = page.getByRole('article').filter({ hasText: question });
    await card.getByText('Answered', { exact: true }).waitFor();
    await card.getByRole('link', { name: /1 reply/ }).click();
    await page.waitForURL(url(postPath));
    await page.getByRole('region', { name: 'Accepted answer' }).getByText(answer).waitFor();
    expect(await page.getByRole('button', { name: 'Clear accepted answer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Accept as answer' }).count()).toBe(0);
  });
});
