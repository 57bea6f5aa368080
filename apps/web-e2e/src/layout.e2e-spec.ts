import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  mustGraphql,
  uploadTextFile,
} from './support';

/**
 * Every main page (the settings area's sections and the admin pages included) at phone, laptop
 * and desktop widths: nothing scrolls sideways, the bell and the
 * account menu stay on screen, every navigation destination is reachable by pointer and by
 * keyboard, and axe finds nothing serious. Screenshots go to dist/e2e-screenshots/<width>/ (or
 * E2E_SCREENSHOT_DIR) for people to look at. One product, one browser page, reused throughout.
 */
const SCREENSHOT_WIDTHS = [390, 1024, 1366, 1920] as const;
/** Every width checked: the edges of the supported range and both sides of each layout change. */
const WIDTHS = [320, 390, 767, 768, 1024, 1199, 1200, 1366, 1920, 2560] as const;
const PAGE_NAMES = [
  'home',
  'discover',
  'questions',
  'post',
  'tag',
  'communities',
  'community',
  'files',
  'file',
  'bookmarks',
  'search',
  'notifications',
  'profile',
  'settings',
  'preferences',
  'security',
  'notification-settings',
  'api-tokens',
  'new-community',
  'edit-community',
  'policy',
  'moderation',
  'admin',
  'admin-people',
  'admin-audit',
  'admin-policy',
  'admin-provisioning',
] as const;
type PageName = (typeof PAGE_NAMES)[number];
const SCREENSHOT_DIR = resolve(
  process.env['E2E_SCREENSHOT_DIR'] ?? join(__dirname, '../../../dist/e2e-screenshots'),
);

/** The main navigation's destinations for an admin, in order, with their English labels. */
const DESTINATIONS = [
  { label: 'Home', path: '/' },
  { label: 'Discover', path: '/discover' },
  { label: 'Questions', path: '/questions' },
  { label: 'Communities', path: '/communities' },
  { label: 'Files', path: '/library' },
  { label: 'Bookmarks', path: '/bookmarks' },
  { label: 'Search', path: '/search' },
  { label: 'Admin', path: '/admin' },
] as const;

describe('layout at every width', () => {
  const { suffix, person } = uniquePeople();
  const admin = person('wide', 'Wilhelmina Widthwise-Lindqvist');
  const colleague = person('narrow', 'Nils Narrow');
  const tag = `budget${suffix}`;

  const suite = useProductAndBrowser();
  let context: BrowserContext;
  let page: Page;
  let paths: Record<PageName, string>;
  const { url } = suite;

  /** Waits until the page's heading is there, loading spinners are gone and fonts are in. */
  async function settle(): Promise<void> {
    await page.locator('main h1').first().waitFor({ state: 'attached' });
    await page.waitForFunction(
      () => document.querySelectorAll('main .ol-spinner').length === 0,
      undefined,
      { timeout: 30_000 },
    );
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /**
   * Follows a press on a navigation link to the new page. The address changes at once, but the
   * new page renders later and the layout then moves focus into it; the old page's heading still
   * satisfies `settle`. On a busy machine a key pressed before that focus move goes to the wrong
   * element (Enter on the main region opens nothing), so wait for focus to arrive in the content.
   */
  async function arriveAt(path: string, from: string): Promise<void> {
    await page.waitForURL(url(path));
    if (path !== from) {
      await page.waitForFunction(() =>
        document.getElementById('main-content')?.contains(document.activeElement),
      );
    }
    await settle();
  }

  /** Elements wider than the viewport, for a readable failure; empty when nothing overflows. */
  function overflow(on: Page = page): Promise<string[]> {
    return on.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return [];
      const width = root.clientWidth;
      const over = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter(
        (el) => el.getBoundingClientRect().right > width + 0.5,
      );
      // The innermost offenders name the cause; their ancestors only follow them.
      const culprits = over
        .filter(
          (el) => !Array.from(el.children).some((child) => over.includes(child as HTMLElement)),
        )
        .slice(0, 5)
        .map((el) => {
          // With its parent: a bare select or cell names itself only through where it sits.
          const name = (e: Element) =>
            `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')}`;
          const parent = el.parentElement;
          return `${parent ? `${name(parent)} > ` : ''}${name(el)} (right ${Math.round(el.getBoundingClientRect().right)})`;
        });
      return [`scrollWidth ${root.scrollWidth} > clientWidth ${width}`, ...culprits];
    });
  }

  /** The bell and the account menu button sit fully inside the viewport. */
  async function topBarOnScreen(width: number): Promise<void> {
    for (const locator of [
      page.getByRole('link', { name: /^Notifications/ }),
      page.getByRole('button', { name: /account menu/ }),
    ]) {
      const box = await locator.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    }
  }

  beforeAll(async () => {
    context = await suite.browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();

    // A colleague first, then the admin (the first account on a fresh product is an admin).
    const other = await context.browser()!.newContext({ locale: 'en-US' });
    const otherPage = await other.newPage();
    await suite.signUp(page, admin);
    await suite.signUp(otherPage, colleague);

    const community = await mustGraphql<{ createCommunity: { id: string; slug: string } }>(
      page,
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id slug } }`,
      {
        i: {
          name: `Finance & Procurement Operations Nordics ${suffix}`,
          slug: `finance-${suffix}`,
          type: 'OPEN',
        },
      },
    );
    const question = await mustGraphql<{ createPost: { id: string } }>(
      page,
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      {
        i: {
          body:
            `How do we book travel for the Stockholm offsite so it lands on the right cost centre? ` +
            `The form at https://intranet.example.com/finance/travel/booking-requests/2026/q3/offsite-stockholm-budget-approval-form keeps failing. #${tag} 🎉`,
          isQuestion: true,
          communityId: community.createCommunity.id,
        },
      },
    );
    const postId = question.createPost.id;
    const reply = await mustGraphql<{ createReply: { id: string } }>(
      otherPage,
      `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
      {
        p: postId,
        i: { body: `Use cost centre 4410-NORDICS-OFFSITE; the form needs it in capitals. 👍` },
      },
    );
    await mustGraphql(
      page,
      `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
      { p: postId, r: reply.createReply.id },
    );
    await mustGraphql(
      otherPage,
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { body: `Thanks @${admin.handle} for the budget template! #${tag}` } },
    );
    const file = await uploadTextFile(
      page,
      `travel-policy-2026-with-a-rather-long-descriptive-name-${suffix}.txt`,
      'Book trains under 5 hours.',
    );
    await mustGraphql(
      page,
      `mutation ($i: CreateBookmarkInput!) { createBookmark(input: $i) { id } }`,
      { i: { postId, tags: ['finance', tag] } },
    );
    await other.close();

    paths = {
      home: '/',
      discover: '/discover',
      questions: '/questions',
      post: `/posts/${postId}`,
      tag: `/tags/${tag}`,
      communities: '/communities',
      community: `/c/${community.createCommunity.slug}`,
      files: '/library',
      file: `/library/${file.id}`,
      bookmarks: '/bookmarks',
      search: `/search?q=${encodeURIComponent('travel cost centre')}`,
      notifications: '/notifications',
      profile: `/people/${admin.handle}`,
      settings: '/settings',
      preferences: '/settings/preferences',
      security: '/settings/security',
      'notification-settings': '/settings/notifications',
      'api-tokens': '/settings/api-tokens',
      'new-community': '/communities/new',
      'edit-community': `/c/${community.createCommunity.slug}/edit`,
      policy: '/policy',
      moderation: '/moderation',
      admin: '/admin',
      'admin-people': '/admin/people',
      'admin-audit': '/admin/audit',
      'admin-policy': '/admin/policy',
      'admin-provisioning': '/admin/provisioning',
    };
  });

  /** Lets layout and paint follow a resize. */
  const nextFrame = (on: Page = page) =>
    on.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        ),
    );

  it.each(PAGE_NAMES)(
    '%s page: fits every width from 320 to 2560 px with the top bar on screen, axe finds nothing serious in the light or dark theme, pictured at 390/1024/1366/1920',
    async (name) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(url(paths[name]));
      await settle();
      await expectNoSeriousA11yProblems(page);
      // The dark theme (the system's setting here) is as readable.
      await page.emulateMedia({ colorScheme: 'dark' });
      // Colours ease into the theme: axe reads them once the transitions are over.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => !(a instanceof CSSTransition)),
      );
      await expectNoSeriousA11yProblems(page);
      await page.emulateMedia({ colorScheme: 'light' });
      const problems: Record<number, string[]> = {};
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await nextFrame();
        const found = await overflow();
        if (found.length) problems[width] = found;
        await topBarOnScreen(width);
        if ((SCREENSHOT_WIDTHS as readonly number[]).includes(width)) {
          const dir = join(SCREENSHOT_DIR, String(width));
          mkdirSync(dir, { recursive: true });
          // A picture, not a check: on a busy machine Chromium can take longer than the
          // default 15 s to paint a full page (a CI run timed out here on the bookmarks page).
          await page.screenshot({
            path: join(dir, `${name}.png`),
            fullPage: true,
            animations: 'disabled',
            timeout: 60_000,
          });
        }
      }
      expect(problems).toEqual({});
    },
  );

  it.each(['login', 'signup'])(
    '%s page, signed out: fits every width from 320 to 2560 px, axe finds nothing serious, pictured at 390/1024/1366/1920',
    async (name) => {
      // The first page anyone sees, outside the signed-in layout: a context with no session.
      const signedOut = await suite.browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'en-US',
      });
      const out = await signedOut.newPage();
      try {
        await out.goto(url(`/${name}`));
        await out.locator('h1').first().waitFor();
        await out.evaluate(() => document.fonts.ready.then(() => undefined));
        await expectNoSeriousA11yProblems(out);
        const problems: Record<number, string[]> = {};
        for (const width of WIDTHS) {
          await out.setViewportSize({ width, height: 900 });
          await nextFrame(out);
          const found = await overflow(out);
          if (found.length) problems[width] = found;
          if ((SCREENSHOT_WIDTHS as readonly number[]).includes(width)) {
            const dir = join(SCREENSHOT_DIR, String(width));
            mkdirSync(dir, { recursive: true });
            await out.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
          }
        }
        expect(problems).toEqual({});
      } finally {
        await signedOut.close();
      }
    },
  );

  /** The destination's link, opening "More" first when the link sits in it (phones). */
  async function destinationLink(label: string) {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const link = nav.getByRole('link', { name: label, exact: true });
    if (!(await link.isVisible())) {
      await nav.getByRole('button', { name: 'More' }).click();
    }
    return link;
  }

  it.each(SCREENSHOT_WIDTHS)(
    'at %i px every destination is one pointer press away (two through More on phones)',
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url('/'));
      await settle();
      if (width < 768) {
        // Phones: at most five items in the bar, "More" included.
        const bar = page.getByRole('navigation', { name: 'Main' });
        const visible = await bar.locator('.mainnav__list > li:visible').count();
        expect(visible).toBeLessThanOrEqual(5);
      }
      for (const { label, path } of DESTINATIONS) {
        const link = await destinationLink(label);
        const box = await link.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        const from = new URL(page.url()).pathname;
        await link.click();
        await arriveAt(path, from);
      }
    },
  );

  it.each(SCREENSHOT_WIDTHS)(
    'at %i px every destination is reachable with the keyboard alone',
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url('/'));
      await settle();
      await page.focus('#main-content');
      for (const { path } of DESTINATIONS) {
        const from = new URL(page.url()).pathname;
        // From the page's content, back through the navigation (Shift+Tab), opening More with
        // Enter when the destination is inside it.
        let reached = false;
        let triedMore = false;
        for (let step = 0; step < 40 && !reached; step++) {
          await page.keyboard.press('Shift+Tab');
          const focused = await page.evaluate(() => {
            const el = document.activeElement;
            return {
              href: el?.getAttribute('href') ?? null,
              more: el?.matches('.mainnav__item--more > button') ?? false,
              expanded: el?.getAttribute('aria-expanded') === 'true',
            };
          });
          if (focused.href === path) {
            await page.keyboard.press('Enter');
            reached = true;
          } else if (focused.more && !focused.expanded && !triedMore) {
            // Open More; its panel follows the button, so Tab walks into it.
            triedMore = true;
            await page.keyboard.press('Enter');
            for (let inner = 0; inner < 12 && !reached; inner++) {
              await page.keyboard.press('Tab');
              const here = await page.evaluate(() => ({
                href: document.activeElement?.getAttribute('href') ?? null,
                inPanel: !!document.activeElement?.closest('.more-panel'),
              }));
              if (here.href === path) {
                await page.keyboard.press('Enter');
                reached = true;
              } else if (!here.inPanel) {
                // Past the panel (it closed as focus left): back to the More button.
                await page.keyboard.press('Shift+Tab');
                break;
              }
            }
          }
        }
        expect({ path, reached }).toEqual({ path, reached: true });
        await arriveAt(path, from);
      }
    },
  );

  it('has no serious accessibility problems with More open on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/'));
    await settle();
    const more = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'More' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await expectNoSeriousA11yProblems(page);
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
  });
});
