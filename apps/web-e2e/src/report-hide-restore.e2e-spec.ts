import type { Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  expectNoSidewaysScroll,
  mustGraphql,
} from './support';

/**
 * Keeping it civil, in the browser: a colleague reports a post, a moderator hides it from the
 * review queue with a reason, the author sees why on the post (on a phone) and asks for a review,
 * the moderator restores it and the colleague sees it again. Axe checks every screen, at 1366 px
 * (moderator, reporter) and 390 px (author). Steps share state, in order.
 */
describe('report, hide and restore a post', () => {
  const { suffix, person } = uniquePeople();
  const moderator = person('mod', 'Maja Moderator');
  const author = person('author', 'Arne Author');
  const reporter = person('reporter', 'Rita Reporter');
  const text = `Whoever wrote the Q3 plan is clueless ${suffix}`;
  const reason = 'Criticise the plan, not the person who wrote it.';

  const suite = useProductAndBrowser();
  const pages: Record<'moderator' | 'author' | 'reporter', Page> = {} as never;
  let postPath = '';
  const { url } = suite;

  beforeAll(async () => {
    const sizes = {
      moderator: { width: 1366, height: 900 },
      author: { width: 390, height: 844 },
      reporter: { width: 1366, height: 900 },
    };
    for (const name of ['moderator', 'author', 'reporter'] as const) {
      pages[name] = await suite.newPage({ viewport: sizes[name], locale: 'en-US' });
    }
  });

  it('signs up a moderator (the first account is an admin), an author and a reporter', async () => {
    await suite.signUp(pages.moderator, moderator);
    await suite.signUp(pages.author, author);
    await suite.signUp(pages.reporter, reporter);
    const created = await mustGraphql<{ createPost: { id: string } }>(
      pages.author,
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { body: text } },
    );
    postPath = `/posts/${created.createPost.id}`;
  });

  it('a colleague reports the post with a reason and is thanked quietly', async () => {
    const page = pages.reporter;
    await page.goto(url(postPath));
    await page.getByText(text).waitFor();
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Report this post' });
    await dialog.waitFor();
    await expectNoSeriousA11yProblems(page);
    await dialog.getByRole('radio', { name: /^Personal attack/ }).check();
    await dialog.getByLabel(/^Note for the moderators/).fill('Aimed at a named colleague.');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await page
      .getByText('Thanks, moderators will look at it. We will tell you what they decide.')
      .waitFor();
    expect(await dialog.count()).toBe(0);
  });

  it('the moderator sees the queue length in the top bar and hides the post with a reason', async () => {
    const page = pages.moderator;
    await page.goto(url('/'));
    const queueLink = page.getByRole('link', { name: 'Review queue, 1 item waiting' });
    await queueLink.click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const card = page.getByRole('article', { name: 'Post by Arne Author' });
    await card.getByText('1 report').waitFor();
    await card.getByText('Personal attack × 1').waitFor();
    await card.getByText('Aimed at a named colleague.').waitFor();
    await card.getByText(text).waitFor();
    await card.getByText('nothing of theirs was hidden before').waitFor();
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);

    await card.getByRole('button', { name: 'Hide' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hide this content?' });
    await dialog.getByLabel(/^Reason/).fill(reason);
    await expectNoSeriousA11yProblems(page);
    await dialog.getByRole('button', { name: 'Hide' }).click();
    await page.getByText('The post is hidden; its author was told why.').waitFor();
    await page.getByRole('heading', { name: 'Nothing to review' }).waitFor();
    await page.getByRole('link', { name: 'Review queue, nothing waiting' }).waitFor();
  });

  it('the post is gone for the reporter', async () => {
    const page = pages.reporter;
    await page.goto(url(postPath));
    await page.getByRole('heading', { level: 1, name: 'Post not found' }).waitFor();
  });

  it('the author, on a phone, sees why, and asks for a review', async () => {
    const page = pages.author;
    await page.goto(url(postPath));
    const banner = page.getByTestId('moderation-banner');
    await banner.getByText('Hidden by a moderator').waitFor();
    await banner.getByText(`Reason: ${reason}`).waitFor();
    await banner
      .getByText('Only you and the moderators can see it. You can edit it and ask for a review.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Report', exact: true }).count()).toBe(0);
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);

    await page.getByRole('button', { name: 'Edit post' }).click();
    await page.getByLabel('Edit your post').fill(`I think the Q3 plan needs more work ${suffix}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved your changes.').waitFor();
    await banner.getByRole('button', { name: 'Ask for a review' }).click();
    await banner.getByText(/^You asked for a review on /).waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('the moderator sees the request in the queue and restores the post', async () => {
    const page = pages.moderator;
    await page.goto(url('/moderation'));
    const card = page.getByRole('article', { name: 'Post by Arne Author' });
    await card.getByText('The author asked for a review.').waitFor();
    await card.getByText(`Hidden because: ${reason}`).waitFor();
    await card.getByText(`I think the Q3 plan needs more work ${suffix}`).waitFor();
    await expectNoSeriousA11yProblems(page);
    await card.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('The post is visible again.').waitFor();
    await page.getByRole('heading', { name: 'Nothing to review' }).waitFor();
  });

  it('the reporter sees the edited post again', async () => {
    const page = pages.reporter;
    await page.goto(url(postPath));
    await page.getByText(`I think the Q3 plan needs more work ${suffix}`).waitFor();
    expect(await page.getByTestId('moderation-banner').count()).toBe(0);
  });

  it('the admin finds both decisions in the audit log and downloads them as CSV', async () => {
    const page = pages.moderator;
    await page.goto(url('/admin/audit'));
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByLabel(/^Action/).fill('moderation.post.');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('rowheader', { name: 'moderation.post.hidden' }).waitFor();
    await page.getByRole('rowheader', { name: 'moderation.post.restored' }).waitFor();
    await page.getByText(`Reason: ${reason}`).first().waitFor();
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe('/audit-log/export.csv?actionPrefix=moderation.post.');
    const csv = await page.evaluate(async (path) => (await fetch(path!)).text(), href);
    expect(csv.split('\n')[0]).toContain('occurredAt');
    expect(csv).toContain('moderation.post.hidden');
    expect(csv).toContain(reason);
  });

  it('the admin makes the reporter a moderator on the People page', async () => {
    const page = pages.moderator;
    await page.goto(url('/admin/people'));
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    // The last admin cannot lose the role: their own row offers no change.
    expect(await page.getByLabel('Role of Maja Moderator').isDisabled()).toBe(true);
    await page.getByLabel(/^Search people/).fill('Rita');
    await page.getByRole('rowheader', { name: /Rita Reporter/ }).waitFor();
    await expectNoSeriousA11yProblems(page);
    await page.getByLabel('Role of Rita Reporter').selectOption('MODERATOR');
    await page.getByText('Rita Reporter is now Moderator.').waitFor();
  });

  it('the admin publishes a content policy that the next poster accepts first', async () => {
    const page = pages.moderator;
    await page.goto(url('/admin/policy'));
    await page.getByRole('heading', { level: 1, name: 'Content policy editor' }).waitFor();
    await page.getByLabel(/^Policy \(Markdown\)/).fill(
      '# How we talk here\n\nIf you would not say it out loud in the café, do not post it.\n\n' +
        // Long enough to scroll inside the dialog, as real policies do.
        Array.from({ length: 40 }, (_, i) => `- Rule ${i + 1}: be kind and be clear.`).join('\n'),
    );
    await page.getByLabel(/^What changed/).fill('The first version.');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByText('Published version 1.').waitFor();
    await page.getByRole('heading', { name: /^Version 1, / }).waitFor();
    await expectNoSeriousA11yProblems(page);

    const poster = pages.author;
    await poster.goto(url('/'));
    await poster.getByRole('link', { name: 'Content policy' }).waitFor();
    await poster
      .getByLabel(/^Ask or share something with the company/)
      .fill(`Lunch talk on Friday ${suffix}`);
    await poster.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = poster.getByRole('dialog', { name: 'Before you post: our content policy' });
    await dialog
      .getByText('If you would not say it out loud in the café, do not post it.')
      .waitFor();
    await expectNoSeriousA11yProblems(poster);
    await expectNoSidewaysScroll(poster);
    // The policy scrolls in its own region, which the keyboard reaches and scrolls.
    const text = dialog.getByRole('region', { name: 'The content policy' });
    await text.focus();
    await poster.keyboard.press('PageDown');
    await poster.waitForFunction(
      () => (document.querySelector('.policy-text--scroll')?.scrollTop ?? 0) > 0,
    );
    await dialog.getByRole('button', { name: 'I accept the policy' }).click();
    await poster.getByText('Posted.').waitFor();
    await poster.getByText(`Lunch talk on Friday ${suffix}`).first().waitFor();
    await poster.goto(url('/policy'));
    await poster.getByText('You accepted version 1. Thank you.').waitFor();
    await expectNoSeriousA11yProblems(poster);
  });
});
