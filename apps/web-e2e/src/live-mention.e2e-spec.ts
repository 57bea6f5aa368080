import type { Page } from 'playwright-core';
import {
  uniquePeople,
  type E2ePerson,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
} from './support';

/**
 * Live updates between two people in their own browsers, without reloading: the reader stays on
 * Home while the asker asks a question mentioning them; the reader's bell counts it and the
 * notification is listed; they open it, land on the question and reply, and the asker's open
 * post page shows the reply as it arrives (and the reader sees the accepted answer pinned).
 * Steps share state, in order.
 */
describe('live mention', () => {
  const { suffix, person } = uniquePeople();
  const asker = person('ana', 'Ana Asker');
  const reader = person('ben', 'Ben Reader');
  const question = `who owns the printer budget ${suffix}?`;
  const reply = `Facilities does, ask Priya (${suffix}).`;

  const suite = useProductAndBrowser();
  const pages: Record<'asker' | 'reader', Page> = {} as never;
  let postPath = '';
  const { url } = suite;

  const signUp = (page: Page, who: E2ePerson) => suite.signUp(page, who, { waitForWelcome: true });

  /** Marks the document; the mark is gone after a reload (a new document). */
  const markDocument = (page: Page) =>
    page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
  const isSameDocument = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
    );

  beforeAll(async () => {
    for (const name of ['asker', 'reader'] as const) {
      pages[name] = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    }
  });

  it('signs up two colleagues; the reader stays on Home with no unread notifications', async () => {
    await signUp(pages.asker, asker);
    await signUp(pages.reader, reader);
    await pages.reader.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await markDocument(pages.reader);
  });

  it('counts a mention on the reader’s bell live, without a reload', async () => {
    const page = pages.asker;
    const box = page.getByLabel(/^Ask or share something/);
    await box.fill(`@${reader.handle} ${question}`);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Posted your question.' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: question });
    postPath = (await card.getByRole('link', { name: /replies|reply/ }).getAttribute('href')) ?? '';
    expect(postPath).toMatch(/^\/posts\/.+/);
    // The asker keeps the question open.
    await page.goto(url(postPath));
    await page.getByRole('heading', { name: 'No replies yet' }).waitFor();
    await markDocument(page);

    const reader_ = pages.reader;
    await reader_
      .getByRole('link', { name: 'Notifications, 1 unread' })
      .waitFor({ timeout: 30_000 });
    await reader_
      .getByRole('status')
      .filter({ hasText: `New notification: ${asker.displayName} mentioned you.` })
      .waitFor();
    expect(await isSameDocument(reader_)).toBe(true);
    expect(reader_.url()).toBe(url('/'));
  });

  it('lists the notification, free of serious axe problems, and opens the post from it', async () => {
    const page = pages.reader;
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.waitForURL(url('/notifications'));
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ hasText: `${asker.displayName} mentioned you` });
    await item.getByText('Unread').waitFor();
    await item.getByText(question).waitFor();
    await expectNoSeriousA11yProblems(page);
    expect(await isSameDocument(page)).toBe(true);

    await item.getByRole('link', { name: `${asker.displayName} mentioned you` }).click();
    await page.waitForURL(url(postPath));
    await page.getByText(question).waitFor();
    // Opening it read it.
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  });

  it('shows the reader’s reply live on the asker’s open post page, and the accepted answer back', async () => {
    const page = pages.reader;
    await page.getByLabel(/^Your answer/).fill(reply);
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    await page.getByText('Reply posted.').waitFor();

    const asker_ = pages.asker;
    await asker_.getByText(reply).waitFor({ timeout: 30_000 });
    await asker_.getByRole('heading', { name: '1 reply' }).waitFor();
    expect(await isSameDocument(asker_)).toBe(true);

    // The asker accepts it: the reader's page pins it without a reload.
    await asker_.getByRole('button', { name: 'Accept as answer' }).click();
    await page
      .getByRole('region', { name: 'Accepted answer' })
      .getByText(reply)
      .waitFor({ timeout: 30_000 });
    // The reader is notified that their answer was accepted (the asker is not: their own action).
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 30_000 });
  });

  it('marks all read and saves a preference in the settings area', async () => {
    const page = pages.reader;
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.waitForURL(url('/notifications'));
    await page
      .getByRole('listitem')
      .filter({ hasText: `${asker.displayName} accepted your answer` })
      .waitFor();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'All notifications marked as read.' })
      .waitFor();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    expect(await page.getByText('Unread', { exact: true }).count()).toBe(0);

    // Which notifications arrive is chosen in the settings area, one link away.
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.waitForURL(url('/settings/notifications'));
    await page.getByRole('heading', { name: 'Notification settings', level: 1 }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('fieldset.notification-prefs:not([disabled])') !== null,
    );
    const likes = page.getByRole('checkbox', { name: 'Someone likes my post' });
    expect(await likes.isChecked()).toBe(true);
    await likes.uncheck();
    await page.getByRole('status').filter({ hasText: 'Someone likes my post — off' }).waitFor();
    await page.reload();
    // The switches are disabled until the saved preferences have loaded.
    await page.waitForFunction(
      () => document.querySelector('fieldset.notification-prefs:not([disabled])') !== null,
    );
    expect(await page.getByRole('checkbox', { name: 'Someone likes my post' }).isChecked()).toBe(
      false,
    );
    await expectNoSeriousA11yProblems(page);
  });

  it('says "Reconnecting…" while offline and catches up on what arrived meanwhile', async () => {
    const page = pages.reader;
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await page.context().setOffline(true);
    await page
      .getByRole('status')
      .filter({ hasText: 'Reconnecting…' })
      .waitFor({ timeout: 60_000 });

    // While the reader is offline, the asker mentions them again.
    const asker_ = pages.asker;
    await asker_.goto(url('/'));
    await asker_.getByLabel(/^Ask or share something/).fill(`@${reader.handle} thanks! ${suffix}`);
    await asker_.getByRole('button', { name: 'Post', exact: true }).click();
    await asker_.getByRole('status').filter({ hasText: 'Posted.' }).waitFor();

    await page.context().setOffline(false);
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 60_000 });
    expect(await page.getByText('Reconnecting…').count()).toBe(0);
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: `${asker.displayName} mentioned you` })
      .filter({ hasText: `thanks! ${suffix}` })
      .waitFor();
  });
});
