import type { Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  graphqlAs,
} from './support';

/**
 * Adoption analytics at /admin: the instance's first account (an admin, on the fresh product
 * `startProduct` starts) creates a community and asks a question, a colleague replies, and the
 * admin asks a second question nobody answers; the admin sees KPI tiles, the funnel and the other
 * charts with their text alternatives, the unanswered question with the colleague to nudge, a
 * metric's definition, the communities table whole at 1366 px, the colleague's search that found
 * nothing counted in knowledge reuse but not shown (below the threshold), nothing wider than a
 * phone at 390 px, picks another period with the keyboard, and axe finds nothing serious. The colleague,
 * not an admin, sees "Admins only". Steps share state, in order.
 */
describe('admin analytics', () => {
  const { suffix, person } = uniquePeople();
  const admin = person('admin', 'Ada Admin');
  const member = person('member', 'Max Member');
  const communityName = `Adoption ${suffix}`;

  const suite = useProductAndBrowser();
  const pages: Record<'admin' | 'member', Page> = {} as never;
  const { url, signUp } = suite;

  beforeAll(async () => {
    for (const name of ['admin', 'member'] as const) {
      pages[name] = await suite.newPage({ viewport: { width: 1366, height: 900 } });
    }
  });

  it('builds a little activity: a community, a question and a reply', async () => {
    await signUp(pages.admin, admin);
    await signUp(pages.member, member);
    const community = await graphqlAs(
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
    const question = await graphqlAs(
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
    const reply = await graphqlAs(
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
    const unanswered = await graphqlAs(
      pages.admin,
      `
        mutation ($i: CreatePostInput!) {
          createPost(input: $i) {
            id
          }
        }
      `,
      { i: { body: `Where do I file travel claims? ${suffix}`, isQuestion: true, communityId } },
    );
    expect(unanswered.errors).toBeUndefined();
  });

  it('shows the admin KPI tiles, charts with text alternatives and the communities table', async () => {
    const page = pages.admin;
    // The rollup is filled by the outbox worker just after the writes: reload until it shows.
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.goto(url('/admin'));
      await page.getByRole('heading', { name: 'Adoption', level: 1 }).waitFor();
      const tiles = page.getByRole('list', { name: 'Key figures' });
      await tiles.waitFor();
      const funnelText = await page
        .getByRole('figure', { name: 'From question to accepted answer' })
        .innerText();
      if (/Posts\s*2\b/.test(await tiles.innerText()) && funnelText.includes('Of 2 questions'))
        break;
      await page.waitForTimeout(500);
    }
    expect(await page.getByRole('list', { name: 'Key figures' }).innerText()).toMatch(
      /Posts\s*2\b/,
    );
    for (const name of [
      'Active people per day',
      'Posts, questions and replies per day',
      'From question to accepted answer',
      'When people take part',
      'Time to answer (hours)',
    ])
      await page.getByRole('figure', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).waitFor();
    // Recharts drew something, and its text alternative is one Enter away.
    expect(await page.locator('.analytics-figure__chart svg').count()).toBeGreaterThanOrEqual(3);
    const numbers = page.getByText('Show the numbers').first();
    await numbers.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Active people per day' }).waitFor();

    // The heatmap reads in the organisation's time zone (UTC on a fresh product).
    const heatmap = page.getByRole('figure', { name: 'When people take part' });
    expect(await heatmap.innerText()).toContain('(UTC time)');
    const funnel = page.getByRole('figure', { name: 'From question to accepted answer' });
    expect(await funnel.innerText()).toContain('Of 2 questions asked');

    // The unanswered question, with the colleague who replied in that community to nudge.
    const unanswered = page.getByRole('region', { name: /Unanswered questions/ });
    const item = unanswered
      .getByRole('listitem')
      .filter({ hasText: 'Where do I file travel claims?' });
    await item.waitFor();
    expect(await item.innerText()).toContain(communityName);
    expect(await item.getByRole('link', { name: member.displayName }).count()).toBe(1);

    // A definition is one key press away and Escape closes it.
    const info = unanswered.getByRole('button', { name: 'What “Unanswered questions” means' });
    await info.focus();
    await page.keyboard.press('Enter');
    expect(await info.getAttribute('aria-expanded')).toBe('true');
    expect(await unanswered.innerText()).toContain('oldest first');
    await expectNoSeriousA11yProblems(page);
    await page.keyboard.press('Escape');
    expect(await info.getAttribute('aria-expanded')).toBe('false');

    const table = page.getByRole('table').filter({ hasText: 'Active people' });
    const row = table.getByRole('row').filter({ hasText: communityName });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Alive/);
    // At 1366 px the communities table is whole: no column cut off behind an inner scroll.
    const wrap = page.getByRole('region', { name: 'Communities table' });
    expect(await wrap.evaluate((el) => ({ clipped: el.scrollWidth > el.clientWidth + 1 }))).toEqual(
      { clipped: false },
    );
    // Each table downloads as CSV for the period on screen.
    const link = page.getByRole('link', { name: 'Download CSV (Communities)' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/analytics/export/communities.csv?days=30');
    const csv = await page.evaluate(async (path) => {
      const response = await fetch(path);
      return { type: response.headers.get('content-type'), text: await response.text() };
    }, href!);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain(communityName);
    expect(await page.getByRole('heading', { name: 'Top contributors' }).count()).toBe(1);
    await expectNoSeriousA11yProblems(page);
  });

  it('counts a search that found nothing in knowledge reuse, without showing a text below the threshold', async () => {
    // The colleague searches for something nobody wrote and reads the empty page for a while.
    const gap = `zqxvnowhere${suffix}`;
    await pages.member.goto(url(`/search?q=${gap}`));
    await pages.member.getByText('Nothing matched. Some things to try:').waitFor();
    await pages.member.waitForTimeout(2_500);
    // The count reaches the database with the node's next flush (every 15 seconds).
    const page = pages.admin;
    const section = page.getByRole('region', { name: 'Knowledge reuse' });
    for (let attempt = 0; attempt < 40; attempt++) {
      await page.goto(url('/admin'));
      await section.waitFor();
      if ((await section.innerText()).includes('1 search found nothing')) break;
      await page.waitForTimeout(1_000);
    }
    const text = await section.innerText();
    expect(text).toContain('1 search found nothing');
    // One person's search is below the threshold: counted, never shown.
    expect(text).toContain('1 other text is not shown.');
    expect(text).not.toContain(gap);
    await section.getByRole('heading', { name: 'Searches that found nothing' }).waitFor();
    expect(
      await section
        .getByRole('link', { name: /Download CSV/ })
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['/analytics/export/reuse.csv?days=30', '/analytics/export/gaps.csv?days=30']);
    // Its definition comes from the same text as the API's.
    const info = section.getByRole('button', { name: 'What “Searches that found nothing” means' });
    await info.focus();
    await page.keyboard.press('Enter');
    expect(await section.innerText()).toContain('at least 3 times in the period');
    await expectNoSeriousA11yProblems(page);
    await page.keyboard.press('Escape');
    // The page was reloaded: open the daily numbers again, as the steps after this one read them.
    await page.getByText('Show the numbers').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Active people per day' }).waitFor();
  });

  it('fits a phone: nothing wider than 390 px, community rows as cards, period buttons on one line', async () => {
    const page = pages.admin;
    for (const width of [390, 479, 320]) {
      await page.setViewportSize({ width, height: 844 });
      // Recharts redraws after its ResizeObserver fires: let a few frames pass.
      await page.waitForTimeout(150);
      await page.evaluate(
        () =>
          new Promise((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done(null))),
          ),
      );
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        return root.scrollWidth > root.clientWidth
          ? Array.from(document.querySelectorAll<HTMLElement>('main *'))
              .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
              .slice(-3)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          : [];
      });
      expect({ width, overflow }).toEqual({ width, overflow: [] });
      const tops = await page
        .locator('.analytics-periods .segmented__option')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    const row = page
      .getByRole('region', { name: 'Communities table' })
      .getByRole('row')
      .filter({ hasText: communityName });
    // Stacked: each value shows its column's name beside it.
    const labels = await row
      .locator('td')
      .evaluateAll((cells) =>
        cells.map((cell) => getComputedStyle(cell, '::before').content.replace(/"/g, '')),
      );
    expect(labels).toEqual([
      'Type',
      'Members',
      'Posts',
      'Replies',
      'Active people',
      'Questions',
      'Answer rate',
      'Median time to first answer',
      'Last activity',
      'Status',
    ]);
    await expectNoSeriousA11yProblems(page);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('changes the period from the keyboard', async () => {
    const page = pages.admin;
    await page.getByRole('radio', { name: '30 days' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/days=90/);
    // React re-renders from the new URL just after it changes: wait for the checked radio.
    await page
      .getByRole('radio', { name: '90 days', checked: true })
      .waitFor({ state: 'attached' });
    // One row per day plus the header row, once the 90-day figures arrived.
    const rows = page.getByRole('table', { name: 'Active people per day' }).getByRole('row');
    await rows.nth(90).waitFor();
    expect(await rows.count()).toBe(91);
    await expectNoSeriousA11yProblems(page);
  });

  it('reads a custom range of up to two years and explains a reversed one', async () => {
    const page = pages.admin;
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('From', { exact: true }).fill(yearAgo);
    await page.getByLabel('To', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(new RegExp(`from=${yearAgo}&to=${today}`));
    const rows = page.getByRole('table', { name: 'Active people per day' }).getByRole('row');
    await rows.nth(366).waitFor({ state: 'attached' });
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(
      await page.getByRole('link', { name: 'Download CSV (Communities)' }).getAttribute('href'),
    ).toBe(`/analytics/export/communities.csv?from=${yearAgo}&to=${today}`);
    // Reversed: the server's readable refusal, no stack trace.
    await page.getByLabel('From', { exact: true }).fill(today);
    await page.getByLabel('To', { exact: true }).fill(yearAgo);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByText('The start is after the end.').waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('sets the organisation’s time zone, and the heatmap reads in it', async () => {
    const page = pages.admin;
    // Back from the reversed range of the step before to a period the server reads.
    await page.goto(url('/admin?days=30'));
    await page.getByRole('figure', { name: 'When people take part' }).waitFor();
    await page.getByLabel('Organisation time zone').selectOption('Europe/Stockholm');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Time zone set to Europe/Stockholm.').waitFor();
    await page
      .getByRole('figure', { name: 'When people take part' })
      .getByText(/Europe\/Stockholm time/)
      .waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('filters every figure by community, shows departments and openness, and exports the filtered table', async () => {
    const page = pages.admin;
    await page.goto(url('/admin?days=30'));
    await page.getByRole('figure', { name: /Participation by department/ }).waitFor();
    await page.getByRole('figure', { name: /Open or restricted/ }).waitFor();
    const filter = page.getByLabel('Community', { exact: true });
    // The choices load after the figures.
    await filter.locator('option', { hasText: communityName }).waitFor({ state: 'attached' });
    await filter.selectOption({ label: communityName });
    await page.getByText(new RegExp(`Showing All departments, ${communityName}\\.`)).waitFor();
    expect(page.url()).toMatch(/[?&]community=[0-9a-f-]{36}/);
    const rows = page.getByRole('region', { name: 'Communities table' }).getByRole('row');
    await rows.filter({ hasText: communityName }).waitFor();
    expect(await rows.count()).toBe(2);
    // Two questions, one answered by someone other than the asker.
    expect(await rows.nth(1).innerText()).toContain('50%');
    const href = await page
      .getByRole('link', { name: 'Download CSV (Communities)' })
      .getAttribute('href');
    expect(href).toMatch(
      /^\/analytics\/export\/communities\.csv\?days=30&communityId=[0-9a-f-]{36}$/,
    );
    const csv = await page.evaluate(async (path) => (await fetch(path)).text(), href!);
    expect(csv.split('\n')[0]).toContain('answerRate,firstAnswerMedianMinutes');
    expect(csv.trim().split('\n')).toHaveLength(2);
    await expectNoSeriousA11yProblems(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !location.search.includes('community='));
    // The select follows the address on the next render: wait for it rather than race it.
    const community = await page.getByLabel('Community', { exact: true }).elementHandle();
    await page
      .waitForFunction((el) => (el as HTMLSelectElement).value === '', community, {
        timeout: 5_000,
      })
      .catch(() => undefined);
    expect(await page.getByLabel('Community', { exact: true }).inputValue()).toBe('');
  });

  it('tells someone who is not an admin that the area is for admins only', async () => {
    const page = pages.member;
    await page.goto(url('/admin'));
    await page.getByRole('heading', { name: 'Admins only', level: 1 }).waitFor();
    expect(await page.getByRole('list', { name: 'Key figures' }).count()).toBe(0);
    const direct = await graphqlAs(
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
    await expectNoSeriousA11yProblems(page);
  });
});
