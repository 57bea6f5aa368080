import type { Page } from 'playwright-core';
import {
  uniquePeople,
  type E2ePerson,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
} from './support';

/**
 * A restricted community keeps its posts to its members: the owner creates it in the UI, asks a
 * question there mentioning a colleague who is not a member (picked from the autocomplete) and is
 * told that colleague cannot see it; the colleague, in their own browser, finds it nowhere (feeds,
 * questions, their board, the catalogue, its address, the post's address). Then the owner invites
 * someone, who accepts and sees the question. Steps share state, in order.
 */
describe('restricted community', () => {
  const { suffix, person } = uniquePeople();
  const owner = person('owner', 'Olga Owner');
  const outsider = person('outsider', 'Otto Outsider');
  const invitee = person('invitee', 'Ines Invitee');
  const communityName = `Finance Leads ${suffix}`;
  const slug = `finance-leads-${suffix}`;
  const question = `what is the Q3 budget freeze date ${suffix}?`;

  const suite = useProductAndBrowser();
  const pages: Record<'owner' | 'outsider' | 'invitee', Page> = {} as never;
  let postPath = '';
  const { url } = suite;

  const signUp = (page: Page, who: E2ePerson) => suite.signUp(page, who, { waitForWelcome: true });

  /** Waits until the page has loaded (its h1 is shown), then checks the question is not there. */
  const expectNoQuestion = async (page: Page, path: string, heading: string | RegExp) => {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // Lists load after the heading: wait for the network to settle before looking.
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(question).count()).toBe(0);
  };

  beforeAll(async () => {
    for (const name of ['owner', 'outsider', 'invitee'] as const) {
      pages[name] = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    }
  });

  it('signs up three colleagues', async () => {
    await signUp(pages.owner, owner);
    await signUp(pages.outsider, outsider);
    await signUp(pages.invitee, invitee);
  });

  it('creates a restricted community from the catalogue', async () => {
    const page = pages.owner;
    await page.goto(url('/communities'));
    await page.getByRole('heading', { level: 1, name: 'Communities' }).waitFor();
    await page.getByRole('heading', { name: 'No communities yet' }).waitFor();
    await expectNoSeriousA11yProblems(page);

    await page.getByRole('link', { name: 'Create community' }).first().click();
    await page.waitForURL(url('/communities/new'));
    await page.getByRole('heading', { level: 1, name: 'Create a community' }).waitFor();
    // OPEN is chosen until the owner decides otherwise; each type explains itself.
    expect(await page.getByRole('radio', { name: /^Open/ }).isChecked()).toBe(true);
    await page.getByText('Only members can see it; people join by invitation.').waitFor();
    await expectNoSeriousA11yProblems(page);

    await page.getByLabel(/^Name/).fill(communityName);
    expect(await page.getByLabel(/^Address/).inputValue()).toBe(slug);
    await page.getByLabel(/^Description/).fill('Budgets, forecasts and freezes.');
    await page.getByLabel(/^Tags/).fill('finance, budgeting');
    await page.getByRole('radio', { name: /^Restricted/ }).check();
    await page
      .getByText(
        'Posts, members and the community itself are invisible to non-members; people join by invitation.',
      )
      .waitFor();
    await expectNoSeriousA11yProblems(page);
    await page.getByRole('button', { name: 'Create community' }).click();

    await page.waitForURL(url(`/c/${slug}`));
    await page.getByRole('heading', { level: 1, name: communityName }).waitFor();
    await page.getByText('Only members can see it; people join by invitation.').first().waitFor();
    await page.getByText('1 member', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'Edit community' }).waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('offers the community in the Home composer with its audience', async () => {
    const page = pages.owner;
    await page.goto(url('/'));
    const postIn = page.getByLabel('Post in');
    await page.getByRole('option', { name: communityName }).waitFor({ state: 'attached' });
    expect(await postIn.inputValue()).toBe('');
    await page.getByText('Everyone in the company can see this.').waitFor();
    await postIn.selectOption({ label: communityName });
    await page.getByText(`Only the 1 member of ${communityName} can see this.`).waitFor();
  });

  it('asks there mentioning a non-member and is told they cannot see it', async () => {
    const page = pages.owner;
    await page.goto(url(`/c/${slug}`));
    const box = page.getByLabel(/^Ask or share something in/);
    await page.getByText(`Only the 1 member of ${communityName} can see this.`).waitFor();
    await box.click();
    await box.pressSequentially(`@${outsider.handle.slice(0, 10)}`);
    const option = page
      .getByRole('listbox', { name: 'People to mention' })
      .getByRole('option', { name: new RegExp(outsider.displayName) });
    await option.click();
    expect(await box.inputValue()).toBe(`@${outsider.handle} `);
    await box.pressSequentially(question);
    await box.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Posted your question.' }).waitFor();
    await page
      .getByText(`@${outsider.handle} can’t see this community and won’t be notified.`)
      .waitFor();

    const card = page.getByRole('article').filter({ hasText: question });
    await card.waitFor();
    expect(await card.getByRole('link', { name: communityName }).getAttribute('href')).toBe(
      `/c/${slug}`,
    );
    // The API words the label ("Only the 1 members of …"); any count of one is fine here.
    await card
      .getByText(new RegExp(`Only the 1 members? of ${communityName} can see this`))
      .waitFor();
    const href = await card.getByRole('link', { name: /replies|reply/ }).getAttribute('href');
    expect(href).toMatch(/^\/posts\/.+/);
    postPath = href ?? '';
    await page
      .getByRole('region', { name: 'Unanswered questions here' })
      .getByRole('link', { name: new RegExp(suffix) })
      .waitFor();
    await expectNoSeriousA11yProblems(page);
  });

  it('hides the community and its question from the non-member everywhere', async () => {
    const page = pages.outsider;
    await expectNoQuestion(page, '/', /^Welcome/);
    await expectNoQuestion(page, '/discover', 'Discover');
    await expectNoQuestion(page, '/questions', 'Questions');
    await expectNoQuestion(page, `/people/${outsider.handle}`, outsider.displayName);

    await page.goto(url(`/c/${slug}`));
    await page.getByRole('heading', { level: 1, name: 'Community not found' }).waitFor();
    expect(await page.getByText(communityName).count()).toBe(0);

    await page.goto(url(postPath));
    await page.getByRole('heading', { level: 1, name: 'Post not found' }).waitFor();
    expect(await page.getByText(question).count()).toBe(0);

    await page.goto(url('/communities'));
    await page.getByRole('heading', { name: 'No communities yet' }).waitFor();
    await page.goto(url(`/communities?q=${encodeURIComponent('finance')}`));
    await page.getByRole('heading', { name: 'No communities match' }).waitFor();
    expect(await page.getByText(communityName).count()).toBe(0);
  });

  it('lets the owner invite someone, who accepts and then sees the question', async () => {
    const owners = pages.owner;
    await owners.goto(url(`/c/${slug}`));
    const invite = owners.getByLabel('Invite by handle');
    await invite.click();
    await invite.pressSequentially(invitee.handle.slice(0, 9));
    await owners
      .getByRole('listbox', { name: 'People to mention' })
      .getByRole('option', { name: new RegExp(invitee.displayName) })
      .click();
    expect(await invite.inputValue()).toBe(invitee.handle);
    await owners.getByRole('button', { name: 'Invite', exact: true }).click();
    await owners.getByText(`Invited @${invitee.handle}.`).waitFor();

    const page = pages.invitee;
    // Before accepting, the invitation shows the community but not its posts.
    await page.goto(url('/communities'));
    const card = page.getByRole('article').filter({ hasText: communityName });
    await card.getByText('Invited').waitFor();
    await card.getByRole('link', { name: communityName }).click();
    await page.waitForURL(url(`/c/${slug}`));
    await page.getByRole('heading', { level: 1, name: communityName }).waitFor();
    await page.getByText('You are invited to join.').waitFor();
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('button', { name: 'Leave community' }).waitFor();
    await page.getByRole('article').filter({ hasText: question }).waitFor();
    await page.getByText('2 members').first().waitFor();

    await page.goto(url(postPath));
    await page.getByRole('article').filter({ hasText: question }).waitFor();
    await page.getByText(`Only the 2 members of ${communityName} can see this`).waitFor();

    // The outsider still sees nothing.
    await pages.outsider.goto(url(postPath));
    await pages.outsider.getByRole('heading', { level: 1, name: 'Post not found' }).waitFor();
  });
});
