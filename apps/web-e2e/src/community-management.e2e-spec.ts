import type { Page } from 'playwright-core';
import { uniquePeople, useProductAndBrowser, expectNoSeriousA11yProblems } from './support';

/** A 1×1 PNG, for the community image. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Running a moderated community: the owner creates it with an image, a colleague asks to join and
 * withdraws, asks again and is approved, the owner promotes them, pins a post, edits the community
 * and finds it under "My communities". Steps share state, in order.
 */
describe('community management', () => {
  const { suffix, person } = uniquePeople();
  const owner = person('mod', 'Mia Moderator');
  const joiner = person('joiner', 'Jon Joiner');
  const name = `Design Guild ${suffix}`;
  const slug = `design-guild-${suffix}`;
  const post = `Critique session every Tuesday ${suffix}`;

  const suite = useProductAndBrowser();
  const pages: Record<'owner' | 'joiner', Page> = {} as never;
  const { url, signUp } = suite;

  beforeAll(async () => {
    for (const role of ['owner', 'joiner'] as const) {
      pages[role] = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    }
  });

  it('creates a moderated community with an image and posts in it', async () => {
    await signUp(pages.owner, owner);
    await signUp(pages.joiner, joiner);
    const page = pages.owner;
    await page.goto(url('/communities/new'));
    await page.getByLabel(/^Name/).fill(name);
    await page.getByRole('radio', { name: /^Moderated/ }).check();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await page.getByRole('button', { name: 'Remove image' }).waitFor();
    await page.getByRole('button', { name: 'Create community' }).click();
    await page.waitForURL(url(`/c/${slug}`));
    const src = await page.locator('.community-header img').getAttribute('src');
    expect(src).toMatch(/^\/community-images\//);
    expect((await page.request.get(url(src ?? ''))).ok()).toBe(true);

    const box = page.getByLabel(/^Ask or share something in/);
    await box.fill(post);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('article').filter({ hasText: post }).waitFor();
  });

  it('lets a colleague request, withdraw and request again; the owner approves', async () => {
    const page = pages.joiner;
    await page.goto(url(`/c/${slug}`));
    await page.getByText('joining needs an owner’s approval').first().waitFor();
    // Moderated: anyone sees the posts, only members post.
    await page.getByRole('article').filter({ hasText: post }).waitFor();
    await page.getByText('Join this community to post here.').waitFor();
    await page.getByRole('button', { name: 'Request to join' }).click();
    await page.getByRole('button', { name: 'Withdraw request' }).click();
    await page.getByRole('button', { name: 'Request to join' }).click();
    await page.getByText('You asked to join; an owner will decide.').waitFor();

    const owners = pages.owner;
    await owners.goto(url(`/c/${slug}`));
    const requests = owners.getByRole('region', { name: 'Pending requests' });
    await requests.getByRole('link', { name: joiner.displayName }).waitFor();
    await expectNoSeriousA11yProblems(owners);
    await requests.getByRole('button', { name: `Approve ${joiner.displayName}` }).click();
    await requests.getByText('No one is waiting to join.').waitFor();
    const members = owners.getByRole('region', { name: 'Members' });
    await members.getByRole('link', { name: joiner.displayName }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Leave community' }).waitFor();
    await page.getByLabel(/^Ask or share something in/).waitFor();
  });

  it('lets the owner promote a member, pin a post and edit the community', async () => {
    const page = pages.owner;
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByRole('button', { name: `Make owner (${joiner.displayName})` }).click();
    await members.getByRole('button', { name: `Make member (${joiner.displayName})` }).waitFor();

    await page
      .getByRole('article')
      .filter({ hasText: post })
      .getByRole('button', { name: 'Pin' })
      .click();
    const pinned = page.getByRole('region', { name: 'Pinned' });
    await pinned.getByRole('article').filter({ hasText: post }).waitFor();
    await pinned.getByRole('button', { name: 'Unpin' }).click();
    await pinned.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Edit community' }).click();
    await page.waitForURL(url(`/c/${slug}/edit`));
    expect(await page.getByRole('radio', { name: /^Moderated/ }).isChecked()).toBe(true);
    await page.getByLabel(/^Description/).fill('Critique and craft.');
    await page.getByRole('radio', { name: /^Open/ }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(url(`/c/${slug}`));
    await page.getByText('Critique and craft.').waitFor();
    await page.getByText('Anyone in the company can see it and join; members post.').waitFor();

    await page.goto(url('/communities?mine=1'));
    expect(await page.getByRole('checkbox', { name: 'My communities' }).isChecked()).toBe(true);
    await page.getByRole('article').filter({ hasText: name }).waitFor();
    await page.getByRole('radio', { name: 'Name' }).click();
    await page.waitForURL(/sort=NAME/);
    // The address changes first; the controlled radio follows when the router has re-rendered.
    await page.locator('input[name="community-sort"][value="NAME"]:checked').waitFor();
    await expectNoSeriousA11yProblems(page);
  });
});
