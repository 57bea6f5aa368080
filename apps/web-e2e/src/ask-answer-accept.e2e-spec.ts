import type { Page } from 'playwright-core';
import {
  uniquePeople,
  type E2ePerson,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  graphqlAs,
} from './support';

/**
 * The core loop, with three people in their own browsers: the asker asks a question out loud and
 * @mentions the helper (picked with the keyboard from the autocomplete), the helper finds it on
 * home because they were mentioned, replies, likes the question and edits their reply, the asker
 * accepts the reply, and everyone sees the question answered with the accepted answer pinned.
 * Then the asker deletes another post (tombstone, replies stay) and uses the keyboard shortcuts.
 * Steps share state, in order.
 */
describe('ask, answer, accept', () => {
  const { suffix, person } = uniquePeople();
  const asker = person('asker', 'Ada Asker');
  const helper = person('helper', 'Hal Helper');
  const colleague = person('peer', 'Pia Peer');
  const question = `how do I reset my VPN token ${suffix}?`;
  const draftAnswer = `Open the portal (${suffix}).`;
  const answer = `Open the self-service portal and choose "Reset token" (${suffix}).`;
  const otherPost = `Lunch and learn on Friday is moved to Thursday ${suffix}`;
  const otherReply = `Thanks for the heads-up ${suffix}`;

  const suite = useProductAndBrowser();
  const pages: Record<'asker' | 'helper' | 'colleague', Page> = {} as never;
  let postPath = '';
  let otherPostPath = '';
  const { url } = suite;

  const signUp = (page: Page, who: E2ePerson) => suite.signUp(page, who, { waitForWelcome: true });

  beforeAll(async () => {
    for (const name of ['asker', 'helper', 'colleague'] as const) {
      pages[name] = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    }
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
    await page.getByLabel(/^Your answer/).fill(draftAnswer);
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    await page.getByText('Reply posted.').waitFor();
    await page.getByRole('heading', { name: '1 reply' }).waitFor();
    await page.getByText(draftAnswer).waitFor();
    expect(await page.getByRole('button', { name: 'Accept as answer' }).count()).toBe(0);
    // Not their post: no Edit or Delete on the question.
    expect(await page.getByRole('button', { name: /^(Edit|Delete) question$/ }).count()).toBe(0);
  });

  it('lets the helper like the question and edit their reply', async () => {
    const page = pages.helper;
    const like = page
      .getByRole('article', { name: asker.displayName })
      .getByRole('button', { name: /^Like/ })
      .first();
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await like.click();
    await page.locator('.post__footer [aria-pressed="true"]').filter({ hasText: '1' }).waitFor();

    const reply = page.getByRole('article', { name: helper.displayName });
    await reply.getByRole('button', { name: 'Edit', exact: true }).click();
    const box = page.getByLabel(/^Edit your reply/);
    expect(await box.inputValue()).toBe(draftAnswer);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill(answer);
    await page.getByRole('button', { name: 'Save reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Reply saved.' }).waitFor();
    await reply.getByText(answer).waitFor();
    await reply.getByText('edited').waitFor();
    expect(await page.getByText(draftAnswer).count()).toBe(0);
    await expectNoSeriousA11yProblems(page);

    // Both survive a reload.
    await page.reload();
    await page.getByText(answer).waitFor();
    expect(
      await page
        .getByRole('article', { name: asker.displayName })
        .getByRole('button', { name: /^Like/ })
        .first()
        .getAttribute('aria-pressed'),
    ).toBe('true');
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

  it('lets the asker delete another post after a confirmation; the tombstone keeps its replies', async () => {
    const page = pages.asker;
    await page.goto(url('/'));
    const box = page.getByLabel(/^Ask or share something/);
    await box.fill(otherPost);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Posted.' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: otherPost });
    otherPostPath =
      (await card.getByRole('link', { name: /replies|reply/ }).getAttribute('href')) ?? '';
    expect(otherPostPath).toMatch(/^\/posts\/.+/);
    expect(otherPostPath).not.toBe(postPath);

    // A colleague replies first.
    await pages.helper.goto(url(otherPostPath));
    await pages.helper.getByLabel(/^Your reply/).fill(otherReply);
    await pages.helper.getByRole('button', { name: 'Reply', exact: true }).click();
    await pages.helper.getByText('Reply posted.').waitFor();

    await page.goto(url(otherPostPath));
    await page.getByText(otherReply).waitFor();

    // The author edits first: the post says "edited".
    await page.getByRole('button', { name: 'Edit post', exact: true }).click();
    const editBox = page.getByLabel(/^Edit your post/);
    expect(await editBox.inputValue()).toBe(otherPost);
    await editBox.fill(`${otherPost} (room 4)`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved your changes.' }).waitFor();
    await page.getByText(`${otherPost} (room 4)`).waitFor();
    await page.getByText('· edited').first().waitFor();

    // The asker is the instance's first account, so an admin: the History lists earlier texts.
    const history = page.locator('details.history');
    await history.getByText('History').click();
    await history.getByText(otherPost, { exact: true }).waitFor();
    // Members get no History.
    await pages.colleague.goto(url(otherPostPath));
    await pages.colleague.getByText(`${otherPost} (room 4)`).waitFor();
    expect(await pages.colleague.getByText('History').count()).toBe(0);

    const deleteButton = page.getByRole('button', { name: 'Delete post', exact: true });

    // Escape cancels and gives focus back.
    await deleteButton.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this post?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await expectNoSeriousA11yProblems(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await deleteButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator('.post__body').getByText(`${otherPost} (room 4)`).waitFor();

    // Keyboard only: Enter opens, Tab moves to the confirm button, Enter deletes.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete post');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('This post was deleted.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Post deleted.' }).waitFor();
    expect(await page.locator('.post').getByText(otherPost).count()).toBe(0);
    await page.getByText(otherReply).waitFor();
    await page.getByRole('heading', { name: '1 reply' }).waitFor();
    expect(await page.getByLabel(/^Your reply/).count()).toBe(0);
    await expectNoSeriousA11yProblems(page);

    // Everyone else sees the tombstone too.
    await pages.colleague.goto(url(otherPostPath));
    await pages.colleague.getByText('This post was deleted.').waitFor();
    await pages.colleague.getByText(otherReply).waitFor();
  });

  it('keeps the post page free of serious axe problems for every viewer', async () => {
    for (const page of [pages.asker, pages.helper, pages.colleague]) {
      await page.goto(url(postPath));
      await page.getByRole('region', { name: 'Accepted answer' }).getByText(answer).waitFor();
      await expectNoSeriousA11yProblems(page);
    }
  });

  it('focuses the composer with "n" and shows the shortcuts with "?" or from the user menu', async () => {
    const page = pages.asker;
    await page.goto(url('/'));
    const box = page.getByLabel(/^Ask or share something/);
    // A tagged post shows up in the Trending tags panel, linking to the tag page.
    await box.fill(`Reading list for the quarter #learning${suffix} ${suffix}`);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Posted.' }).waitFor();
    const trending = page.getByRole('region', { name: 'Trending tags' });
    const tagLink = trending.getByRole('link', { name: new RegExp(`#learning${suffix}`) });
    await tagLink.waitFor();
    expect(await tagLink.getAttribute('href')).toBe(`/tags/learning${suffix}`);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
    await page.keyboard.press('n');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    // Typing "n" in the box types it.
    await page.keyboard.press('n');
    expect(await box.inputValue()).toBe('n');
    await box.fill('');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await help.getByText('Write a new post').waitFor();
    await expectNoSeriousA11yProblems(page);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await help.waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'detached' });
  });

  it('pages replies, and lets people like and delete replies (the thread keeps a note)', async () => {
    const page = pages.helper;
    await page.goto(url(postPath));
    await page.getByText(answer).first().waitFor();
    const postId = postPath.split('/').pop() ?? '';
    for (let i = 1; i <= 20; i++) {
      const result = await graphqlAs(
        page,
        'mutation($postId: ID!, $input: ReplyInput!) { createReply(postId: $postId, input: $input) { id } }',
        { postId, input: { body: `Follow-up ${i} ${suffix}` } },
      );
      expect(result.errors).toBeUndefined();
    }
    await page.reload();
    await page.getByRole('heading', { name: '21 replies' }).waitFor();
    const thread = page.locator('.reply-list > li');
    expect(await thread.count()).toBe(20);
    await page.getByRole('button', { name: 'Show more replies' }).click();
    await page.getByText(`Follow-up 20 ${suffix}`).waitFor();
    expect(await thread.count()).toBe(21);
    expect(await page.getByRole('button', { name: 'Show more replies' }).count()).toBe(0);

    // Delete the last follow-up: it stays in the thread as a note.
    const last = page.getByRole('article').filter({ hasText: `Follow-up 20 ${suffix}` });
    await last.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this reply?' });
    await dialog.getByRole('button', { name: 'Delete reply' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Reply deleted.' }).waitFor();
    await page.getByText('This reply was deleted.').waitFor();
    expect(await page.getByText(`Follow-up 20 ${suffix}`).count()).toBe(0);
    expect(await thread.count()).toBe(21);

    // The asker likes the accepted answer (both copies follow).
    const asker = pages.asker;
    await asker.goto(url(postPath));
    const pinned = asker.getByRole('region', { name: 'Accepted answer' });
    const like = pinned.getByRole('button', { name: /^Like/ });
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await like.click();
    await pinned.locator('[aria-pressed="true"]').filter({ hasText: '1' }).waitFor();
    await asker.reload();
    expect(
      await asker
        .getByRole('region', { name: 'Accepted answer' })
        .getByRole('button', { name: /^Like/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expectNoSeriousA11yProblems(asker);
  });

  it('notes mentioned people who have left as former colleagues', async () => {
    const page = pages.asker;
    await page.goto(url('/'));
    const text = `Handing over the supplier file from @${colleague.handle} ${suffix}`;
    await page.getByLabel(/^Ask or share something/).fill(text);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Posted.' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: `Handing over the supplier file` });
    await card.waitFor();
    expect(await card.getByText('(former colleague)').count()).toBe(0);

    const found = await graphqlAs(
      page,
      'query($q: String!) { users(query: $q, first: 1) { nodes { id } } }',
      { q: colleague.handle },
    );
    const colleagueId = (found.data as { users: { nodes: { id: string }[] } }).users.nodes[0]?.id;
    expect(colleagueId).toBeTruthy();
    const deactivated = await graphqlAs(
      page,
      'mutation($id: ID!) { deactivateUser(userId: $id) { id isFormerColleague } }',
      { id: colleagueId },
    );
    expect(deactivated.errors).toBeUndefined();

    await page.reload();
    const after = page.getByRole('article').filter({ hasText: `Handing over the supplier file` });
    await after.getByText('(former colleague)').waitFor();
    await after.getByRole('link', { name: colleague.displayName }).waitFor();
    await expectNoSeriousA11yProblems(page);
  });
});
