import type { Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  mustGraphql,
  uploadTextFile,
} from './support';

/**
 * Leaver handover (issue 24): an admin deactivates a colleague on the People page; the
 * restricted community they alone owned waits for an owner and the admin names one; the admin
 * hands their files to a colleague, who then owns them with their counts intact; what the leaver
 * wrote stays, marked "(former colleague)".
 */
describe('leaver handover', () => {
  const { suffix, person } = uniquePeople();
  const admin = person('admin', 'Avi Admin');
  const leaver = person('leaver', 'Lea Leaver');
  const heir = person('heir', 'Hugo Heir');
  const communityName = `Lab notes ${suffix}`;

  const suite = useProductAndBrowser();
  const pages = {} as Record<'admin' | 'leaver' | 'heir', Page>;
  let fileId = '';
  let postId = '';
  const { url } = suite;

  beforeAll(async () => {
    for (const name of ['admin', 'leaver', 'heir'] as const) {
      pages[name] = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    }
    // The first account of a fresh instance is its admin.
    await suite.signUp(pages.admin, admin);
    await suite.signUp(pages.leaver, leaver);
    await suite.signUp(pages.heir, heir);
    const viewer = await mustGraphql<{ viewer: { role: string } }>(
      pages.admin,
      `{ viewer { role } }`,
    );
    expect(viewer.viewer.role).toBe('ADMIN');

    await mustGraphql(
      pages.leaver,
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: communityName, slug: `lab-${suffix}`, type: 'RESTRICTED' } },
    );
    const { createPost } = await mustGraphql<{ createPost: { id: string } }>(
      pages.leaver,
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { body: `Who keeps the lab calendar ${suffix}?`, isQuestion: true } },
    );
    postId = createPost.id;
    fileId = (await uploadTextFile(pages.leaver, `runbook-${suffix}.txt`, 'Step one.\n')).id;
    await mustGraphql(pages.heir, `mutation ($id: ID!) { likeFile(id: $id) { id } }`, {
      id: fileId,
    });
  });

  it('deactivates the leaver on the People page', async () => {
    const page = pages.admin;
    await page.goto(url('/admin/people'));
    await page.getByRole('button', { name: `Deactivate ${leaver.displayName}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Deactivate ${leaver.displayName}?` });
    await dialog.getByText(/attributed to a former colleague/).waitFor();
    await dialog.getByLabel(/^Reason/).fill('Left the company');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${leaver.displayName} was deactivated` })
      .waitFor();
  });

  it('lists the community nobody can take over and names a new owner', async () => {
    const page = pages.admin;
    const section = page.getByRole('region', { name: 'Communities awaiting an owner' });
    // The handover runs as a background job: look again until the community is listed.
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.reload();
      if (
        await section
          .getByRole('link', { name: communityName })
          .isVisible({ timeout: 1_000 })
          .catch(() => false)
      )
        break;
    }
    await section.getByText(`owned by ${leaver.displayName}`).waitFor();
    await expectNoSeriousA11yProblems(page);
    await section.getByLabel(`New owner of ${communityName}`).fill(heir.handle);
    await section.getByRole('button', { name: 'Make owner' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `@${heir.handle} now owns ${communityName}.` })
      .waitFor();
    await section.getByText(/Every community has an active owner/).waitFor();

    // The heir can now open the restricted community.
    await pages.heir.goto(url(`/c/lab-${suffix}`));
    await pages.heir.getByRole('heading', { name: communityName }).first().waitFor();
  });

  it("hands the leaver's files to a colleague, keeping their likes", async () => {
    const page = pages.admin;
    await page.getByRole('button', { name: `Hand over files of ${leaver.displayName}` }).click();
    const dialog = page.getByRole('alertdialog', {
      name: `Hand over the files of ${leaver.displayName}`,
    });
    await dialog.getByText(`${leaver.displayName} owns 1 file.`, { exact: false }).waitFor();
    await dialog.getByLabel(/^New owner/).fill(`@${heir.handle}`);
    await dialog.getByRole('button', { name: 'Give the files' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `1 file of ${leaver.displayName} now belongs to @${heir.handle}.` })
      .waitFor();

    const file = await mustGraphql<{
      file: { owner: { handle: string }; likeCount: number; version: number };
    }>(pages.heir, `query ($id: ID!) { file(id: $id) { owner { handle } likeCount version } }`, {
      id: fileId,
    });
    expect(file.file).toEqual({ owner: { handle: heir.handle }, likeCount: 1, version: 1 });
  });

  it("keeps the leaver's question, marked as a former colleague's", async () => {
    const page = pages.heir;
    await page.goto(url(`/posts/${postId}`));
    await page.getByText(`Who keeps the lab calendar ${suffix}?`).waitFor();
    await page.getByText('(former colleague)').first().waitFor();
  });
});
