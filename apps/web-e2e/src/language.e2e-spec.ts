import type { BrowserContext, Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  mustGraphql,
} from './support';

/**
 * A person switches the interface to Swedish in Settings: the page speaks Swedish at once, dates
 * and relative times are Swedish, plurals follow Swedish rules ("1 oläst", "2 olästa"), the choice
 * survives a reload, and switching back restores English. The theme beside it: light, dark, or
 * the system's (`prefers-color-scheme`), on this device, axe-clean in both.
 */
describe('interface language', () => {
  const { suffix, person } = uniquePeople();
  const reader = person('sv', 'Sara Lund');
  const writer = person('svw', 'Bo Ek');

  const suite = useProductAndBrowser();
  let readerContext: BrowserContext;
  let page: Page;
  let writerPage: Page;
  const { url } = suite;

  const mention = (n: number) =>
    mustGraphql(
      writerPage,
      'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }',
      { input: { body: `@${reader.handle} fråga ${n} ${suffix}` } },
    );

  beforeAll(async () => {
    // An English browser: only the choice in Settings makes the interface Swedish.
    readerContext = await suite.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    readerContext.setDefaultTimeout(15_000);
    page = await readerContext.newPage();
    const writerContext = await suite.browser.newContext({ locale: 'en-GB' });
    writerContext.setDefaultTimeout(15_000);
    writerPage = await writerContext.newPage();
    await suite.signUp(page, reader);
    await suite.signUp(writerPage, writer);
  });

  it('switches to Swedish in Settings, at once and free of serious axe problems', async () => {
    await page.goto(url('/settings/preferences'));
    await page.getByRole('heading', { name: 'Language and theme', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await page.getByRole('heading', { name: 'Språk och tema', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    // Swedish numbers: a space between thousands, a decimal comma.
    await page.getByText(/Datum och tal ser ut så här: .*1\s234,5/u).waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('words plurals, relative times and dates the Swedish way, after a reload too', async () => {
    await mention(1);
    await page.goto(url('/notifications'));
    await page.getByRole('heading', { name: 'Aviseringar', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '1 oläst' }).waitFor();
    await mention(2);
    await page.reload();
    await page.getByRole('heading', { name: '2 olästa' }).waitFor();
    await page
      .getByRole('link', { name: `${writer.displayName} nämnde dig` })
      .first()
      .waitFor();
    // "nu" or "för 1 minut sedan"; the full date on hover is Swedish ("4 dec. 2026 21:30").
    const time = page.locator('.notification time').first();
    expect(await time.textContent()).toMatch(
      /^(nu|för \d+ (sekund|sekunder|minut|minuter) sedan)$/,
    );
    expect(await time.getAttribute('title')).toMatch(
      /^\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\.? \d{4} \d{2}:\d{2}$/,
    );
    await page.getByRole('link', { name: 'Aviseringar, 2 olästa' }).waitFor();
  });

  it('comes back to English when English is chosen', async () => {
    await page.goto(url('/settings/preferences'));
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Language and theme', level: 1 }).waitFor();
    await page.goto(url('/notifications'));
    await page.getByRole('heading', { name: '2 unread' }).waitFor();
  });
  /** The page's background colour as the browser paints it, once the colours have eased in. */
  const background = async () => {
    // Colours ease into a theme: read them once the transitions are over.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => !(a instanceof CSSTransition)),
    );
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  const LIGHT_BG = 'rgb(245, 246, 248)';
  const DARK_BG = 'rgb(17, 21, 28)';

  it('follows the system’s light or dark setting until a theme is pinned, and keeps the pin', async () => {
    await page.goto(url('/settings/preferences'));
    await page.getByRole('heading', { name: 'Language and theme', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'Same as the system' }).isChecked()).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe(DARK_BG);
    await expectNoSeriousA11yProblems(page);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe(LIGHT_BG);

    // Pinned dark on a light system, through a reload and onto another page.
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('status').filter({ hasText: 'Theme: Dark.' }).waitFor();
    expect(await background()).toBe(DARK_BG);
    await page.goto(url('/notifications'));
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    expect(await background()).toBe(DARK_BG);
    await expectNoSeriousA11yProblems(page);

    // Pinned light on a dark system.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url('/settings/preferences'));
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await background()).toBe(LIGHT_BG);
    await page.reload();
    await page.getByRole('heading', { name: 'Language and theme', level: 1 }).waitFor();
    expect(await background()).toBe(LIGHT_BG);
    expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);

    // Back to the system's: dark again.
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    expect(await background()).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
