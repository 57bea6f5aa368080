import type { Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  graphqlAs,
} from './support';

/**
 * Files, search and "already answered": A shares a draft text file by drag and drop and watches
 * the upload finish; B likes and downloads it; it shows in the popular list; A finds an earlier
 * post with a highlighted snippet; the composer offers an answered question while A types a
 * near-duplicate. Steps share state, in order.
 */
describe('files and search', () => {
  const { suffix, person } = uniquePeople();
  const alice = person('alice', 'Alma Author');
  const bob = person('bob', 'Bo Reader');
  const word = `kumquat${suffix}`;
  const fileName = `travel-policy-draft-${suffix}.txt`;
  const question = `How do I renew my parking permit for the garage ${suffix}?`;
  const nearDuplicate = `how can I renew a parking permit for the garage`;

  const suite = useProductAndBrowser();
  const pages: Record<'alice' | 'bob', Page> = {} as never;
  let filePath = '';
  const { url, signUp } = suite;

  const graphql = async (page: Page, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphqlAs(page, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, { id: string }>;
  };

  /** Search is indexed from an outbox, a moment after the write: retry `attempt` for a while. */
  const eventually = async (attempt: () => Promise<void>, tries = 12) => {
    for (let i = 1; ; i++) {
      try {
        await attempt();
        return;
      } catch (error) {
        if (i >= tries) throw error;
      }
    }
  };

  beforeAll(async () => {
    for (const name of ['alice', 'bob'] as const) {
      pages[name] = await suite.newPage({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
    }
  });

  it('signs up two colleagues; A has a post and an answered question', async () => {
    await signUp(pages.alice, alice);
    await signUp(pages.bob, bob);
    await graphql(
      pages.alice,
      `
        mutation ($input: CreatePostInput!) {
          createPost(input: $input) {
            id
          }
        }
      `,
      { input: { body: `The offsite agenda mentions the ${word} tasting on Friday.` } },
    );
    const asked = await graphql(
      pages.alice,
      `
        mutation ($input: CreatePostInput!) {
          createPost(input: $input) {
            id
          }
        }
      `,
      { input: { body: question, isQuestion: true } },
    );
    const postId = asked['createPost'].id;
    const replied = await graphql(
      pages.bob,
      `
        mutation ($postId: ID!, $input: ReplyInput!) {
          createReply(postId: $postId, input: $input) {
            id
          }
        }
      `,
      { postId, input: { body: 'Use the facilities portal, "Parking", then "Renew".' } },
    );
    await graphql(
      pages.alice,
      `
        mutation ($postId: ID!, $replyId: ID!) {
          acceptAnswer(postId: $postId, replyId: $replyId) {
            id
          }
        }
      `,
      { postId, replyId: replied['createReply'].id },
    );
  });

  it('A drops a draft text file on the library and sees the upload finish', async () => {
    const page = pages.alice;
    await page.goto(url('/library'));
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/plain' }));
        return transfer;
      },
      { name: fileName, text: `Draft travel policy ${suffix}\nBook trains before planes.\n` },
    );
    await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer });
    await page.getByText(`Chosen: ${fileName}`).waitFor();
    await page.getByLabel('Tags').fill('policy, draft');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();

    const progress = page.getByRole('progressbar', { name: 'Upload progress' });
    await page.waitForFunction(
      () => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100',
    );
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    await page
      .getByRole('status')
      .filter({ hasText: `Uploaded ${fileName}.` })
      .waitFor();
    await page
      .getByRole('list', { name: 'My files' })
      .getByRole('link', { name: fileName })
      .waitFor();
    await expectNoSeriousA11yProblems(page);

    await page.getByRole('link', { name: `Open ${fileName}` }).click();
    await page.getByRole('heading', { name: fileName, level: 1 }).waitFor();
    filePath = new URL(page.url()).pathname;
    expect(filePath).toMatch(/^\/library\/[^/]+$/);
    await page.getByRole('button', { name: 'Show preview' }).click();
    await page
      .getByLabel('Text preview')
      .getByText(/Book trains before planes/)
      .waitFor();
    await page.getByRole('link', { name: /^Version 1:/ }).waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('says clearly when a file type is refused', async () => {
    const page = pages.alice;
    await page.goto(url('/library'));
    await page.getByLabel('choose a file').setInputFiles({
      name: `page-${suffix}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from('<!doctype html><html><script>alert(1)</script></html>'),
    });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /cannot be shared as files/ })
      .waitFor();
  });

  it('B likes and downloads it', async () => {
    const page = pages.bob;
    await page.goto(url(filePath));
    await page.getByRole('heading', { name: fileName, level: 1 }).waitFor();
    const like = page.getByRole('button', { name: /^Like/ });
    await like.click();
    await page.waitForFunction(() =>
      document.querySelector('button[aria-pressed="true"]')?.textContent?.includes('Like'),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    await download.path();

    await page.reload();
    // A's preview is not a download; B's explicit download is.
    await page.getByText('1 download by 1 person').waitFor();
    expect(await page.getByRole('button', { name: /^Like/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('the popular list shows it', async () => {
    const page = pages.alice;
    await page.goto(url('/library?tab=popular'));
    await page
      .getByRole('list', { name: 'Most downloaded files' })
      .getByRole('link', { name: fileName })
      .waitFor();
    await page.getByLabel('Sort by').selectOption('LIKES');
    await page
      .getByRole('list', { name: 'Most liked files' })
      .getByRole('link', { name: fileName })
      .waitFor();
  });

  it('A searches for a word from a post and finds it highlighted', async () => {
    const page = pages.alice;
    await page.goto(url('/search'));
    const box = page.getByRole('searchbox', { name: 'Search posts, answers and people' });
    // "/" focuses the box from elsewhere on the page.
    await page.getByRole('heading', { name: 'Search', level: 1 }).click();
    await page.keyboard.press('/');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    await eventually(async () => {
      await box.fill('');
      await box.pressSequentially(word, { delay: 20 });
      await page.locator('.search-hit mark', { hasText: word }).waitFor({ timeout: 5_000 });
    });
    expect(page.url()).toContain(`q=${word}`);
    await page
      .getByRole('status')
      .filter({ hasText: /1 result/ })
      .waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('A misspells a word, sees the correction highlighted, and can search as typed', async () => {
    const page = pages.alice;
    const box = page.getByRole('searchbox', { name: 'Search posts, answers and people' });
    await eventually(async () => {
      await box.fill('');
      await box.pressSequentially('offsite agneda', { delay: 20 });
      await page
        .locator('.search-correction mark', { hasText: 'agenda' })
        .waitFor({ timeout: 5_000 });
    });
    const correction = page.locator('.search-correction');
    expect(await correction.innerText()).toMatch(/Showing results for\s+offsite agenda/);
    await page.locator('.search-hit mark', { hasText: 'agenda' }).first().waitFor();
    await expectNoSeriousA11yProblems(page);
    // The way back: exactly the words typed.
    await correction.getByRole('button', { name: 'offsite agneda' }).click();
    await page.getByText(/without spelling corrections/).waitFor();
    expect(page.url()).toContain('exact=1');
    await page.getByRole('button', { name: 'Correct my spelling' }).click();
    await page.locator('.search-correction mark', { hasText: 'agenda' }).waitFor();
  });

  it('the composer shows an answered question while A types a near-duplicate', async () => {
    const page = pages.alice;
    await page.goto(url('/'));
    const box = page.getByLabel(/^Ask or share something/);
    await eventually(async () => {
      await box.fill('');
      await box.pressSequentially(nearDuplicate, { delay: 10 });
      await page.getByRole('heading', { name: 'Already answered:' }).waitFor({ timeout: 5_000 });
    });
    await page
      .getByRole('link', { name: new RegExp(`parking permit for the garage ${suffix}`) })
      .waitFor();
    // It never took the focus from the text box.
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
