import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchChromium,
  seriousA11yProblems,
  startProduct,
  type RunningProduct,
  signUpAs,
  type E2ePerson,
  uniquePeople,
} from './support';

/**
 * Adoption analytics at /admin: the instance's first account (an admin, on the fresh product
 * `startProduct` starts) creates a community and asks a question, a colleague replies; the admin
 * sees KPI tiles, the charts with their text alternatives and the communities table, picks
 * another period with the keyboard, and axe finds nothing serious. The colleague, not an admin,
 * sees "Admins only". Steps share state, in order.
 */
describe('admin analytics', () => {
  const { suffix, person } = uniquePeople();
  const admin = person('admin', 'Ada Admin');
  const member = person('member', 'Max Member');
  const communityName = `Adoption ${suffix}`;

  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Record<'admin' | 'member', Page> = {} as never;
  const url = (path: string) => `${product.baseUrl}${path}`;

  const graphql = (page: Page, query: string, variables: Record<string, unknown> = {}) =>
    page.evaluate(
      async ({ query, variables }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      },
      { query, variables },
    );

  const signUp = (page: Page, who: E2ePerson) => signUpAs(page, product.baseUrl, who);

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    for (const name of ['admin', 'member'] as const) {
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

  it('builds a little activity: a community, a question and a reply', async () => {
    await signUp(pages.admin, admin);
    await signUp(pages.member, member);
    const community = await graphql(
      pages.admin,
      `
        mutation ($i: CreateCommunityInput!) {
          createCommunity(input: $i) {
            id
          }
        }
      `,
      { i: { name: communityName, slug: `adoption-${suffix}`, type: 'OPEN' } },
    );
    expect(community.errors).toBeUndefined();
    const communityId = (community.data?.['createCommunity'] as { id: string }).id;
    const question = await graphql(
      pages.admin,
      `
        mutation ($i: CreatePostInput!) {
          createPost(input: $i) {
            id
          }
        }
      `,
      { i: { body: `Who knows the expense tool? ${suffix}`, isQuestion: true, communityId } },
    );
    expect(question.errors).toBeUndefined();
    const postId = (question.data?.['createPost'] as { id: string }).id;
    const reply = await graphql(
      pages.member,
      `
        mutation ($p: ID!, $i: ReplyInput!) {
          createReply(postId: $p, input: $i) {
            id
          }
        }
      `,
      { p: postId, i: { body: 'Me: it is under Finance.' } },
    );
    expect(reply.errors).toBeUndefined();
  });

  it('shows the admin KPI tiles, charts with text alternatives and the communities table', async () => {
    const page = pages.admin;
    // The rollup is filled by the outbox worker just after the writes: reload until it shows.
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.goto(url('/admin'));
      await page.getByRole('heading', { name: 'Adoption', level: 1 }).waitFor();
      const tiles = page.getByRole('list', { name: 'Key figures' });
      await tiles.waitFor();
      if (/Posts\s*1\b/.test(await tiles.innerText())) break;
      await page.waitForTimeout(500);
    }
    expect(await page.getByRole('list', { name: 'Key figures' }).innerText()).toMatch(
      /Posts\s*1\b/,
    );
    for (const name of [
      'Active people per day',
      'Posts, questions and replies per day',
      'Time to answer (hours)',
    ])
      await page.getByRole('figure', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).waitFor();
    // Recharts drew something, and its text alternative is one Enter away.
    expect(await page.locator('.analytics-figure__chart svg').count()).toBeGreaterThanOrEqual(3);
    const numbers = page.getByText('Show the numbers').first();
    await numbers.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Active people per day' }).waitFor();

    const table = page.getByRole('table').filter({ hasText: 'Active members' });
    const row = table.getByRole('row').filter({ hasText: communityName });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Alive/);
    expect(await page.getByRole('heading', { name: 'Top contributors' }).count()).toBe(1);
    expect(await seriousA11yProblems(page)).toEqual([]);
  });

  it('changes the period from the keyboard', async () => {
    const page = pages.admin;
    await page.getByRole('radio', { name: 'Last 30 days' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/days=90/);
    // React re-renders from the new URL just after it changes: wait for the checked radio.
    await page
      .getByRole('radio', { name: 'Last 90 days', checked: true })
      .waitFor({ state: 'attached' });
    // One row per day plus the header row, once the 90-day figures arrived.
    const rows = page.getByRole('table', { name: 'Active people per day' }).getByRole('row');
    await rows.nth(90).waitFor();
    expect(await rows.count()).toBe(91);
    expect(await seriousA11yProblems(page)).toEqual([]);
  });

  it('tells someone who is not an admin that the area is for admins only', async () => {
    const page = pages.member;
    await page.goto(url('/admin'));
    await page.getByRole('heading', { name: 'Admins only', level: 1 }).waitFor();
    expect(await page.getByRole('list', { name: 'Key figures' }).count()).toBe(0);
    const direct = await graphql(
      page,
      `
        {
          adoptionAnalytics {
            days
          }
        }
      `,
    );
    expect(JSON.stringify(direct.errors)).toContain('FORBIDDEN');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });
});
