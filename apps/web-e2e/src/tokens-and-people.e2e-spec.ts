import type { Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  expectNoSidewaysScroll,
  mustGraphql,
} from './support';

/**
 * Tokens and people administration, in the browser: an admin creates a SCIM token for the HR
 * directory (shown once), the directory uses it, the list shows its last use, the admin revokes it
 * and the directory is refused. A colleague creates a read-only personal API token in settings
 * (on a phone), a script reads with it and may not write, and revoking it ends it. The admin
 * filters people by department and role, sees when they were last active and deactivates someone
 * with a reason that the audit log keeps. Axe checks every screen at 1366 px (admin) and 390 px
 * (colleague). Steps share state, in order.
 */
describe('SCIM tokens, API tokens and people administration', () => {
  const { suffix, person } = uniquePeople();
  const admin = person('admin', 'Alva Admin');
  const member = person('member', 'Mika Member');
  const leaver = person('leaver', 'Leo Leaver');
  const department = `Finance ${suffix}`;
  const reason = 'Left the company at the end of November.';

  const suite = useProductAndBrowser();
  const pages: Record<'admin' | 'member', Page> = {} as never;
  let scimToken = '';
  let apiToken = '';
  const { url } = suite;
  /** What the HR directory's client sends: a bearer token, no cookie. */
  const scimUsers = (token: string) =>
    fetch(url('/scim/v2/Users?count=1'), { headers: { authorization: `Bearer ${token}` } });
  /** What a script sends: a bearer token, no cookie. */
  const script = async (token: string, query: string) => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
      },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      },
    };
  };

  beforeAll(async () => {
    const sizes = {
      admin: { width: 1366, height: 900 },
      member: { width: 390, height: 844 },
    };
    for (const name of ['admin', 'member'] as const) {
      pages[name] = await suite.newPage({ viewport: sizes[name], locale: 'en-US' });
    }
  });

  it('signs up an admin (the first account), a colleague and a leaver in one department', async () => {
    await suite.signUp(pages.admin, admin);
    await suite.signUp(pages.member, member);
    const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const leaverPage = await context.newPage();
    await suite.signUp(leaverPage, leaver);
    for (const page of [pages.member, leaverPage])
      await mustGraphql(
        page,
        `mutation ($d: String!) { updateProfile(input: { department: $d }) { id } }`,
        { d: department },
      );
    await context.close();
  });

  it('the admin creates a SCIM token, sees it once, and the directory can use it', async () => {
    const page = pages.admin;
    await page.goto(url('/admin/provisioning'));
    await page.getByRole('heading', { level: 1, name: 'Provisioning (SCIM)' }).waitFor();
    await page.getByText('No SCIM tokens yet.').waitFor();
    await expectNoSeriousA11yProblems(page);
    await page.getByLabel(/^Name/).fill('Entra ID provisioning');
    await page.getByRole('button', { name: 'Create SCIM token' }).click();
    await page
      .getByRole('heading', { name: 'Your new SCIM token “Entra ID provisioning”' })
      .waitFor();
    scimToken = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(scimToken.length).toBeGreaterThan(30);
    await expectNoSeriousA11yProblems(page);
    expect((await scimUsers(scimToken)).status).toBe(200);

    await page.getByRole('button', { name: 'Done, I have copied it' }).click();
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
    await page.reload();
    const row = page.getByRole('row', { name: /Entra ID provisioning/ });
    await row.getByText('Active').waitFor();
    expect(await row.getByText('Never').count()).toBe(0);
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);
  });

  it('the admin revokes the SCIM token and the directory is refused', async () => {
    const page = pages.admin;
    await page.getByRole('button', { name: 'Revoke Entra ID provisioning' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Revoke Entra ID provisioning?' });
    await dialog.getByText(/can no longer create, change or deactivate accounts/).waitFor();
    await expectNoSeriousA11yProblems(page);
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Entra ID provisioning was revoked.').waitFor();
    await page
      .getByRole('row', { name: /Entra ID provisioning/ })
      .getByText('Revoked')
      .waitFor();
    expect((await scimUsers(scimToken)).status).toBe(401);
  });

  it('a colleague creates a read-only API token on a phone; a script reads with it but may not write', async () => {
    const page = pages.member;
    await page.goto(url('/settings/api-tokens'));
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByText('No tokens yet.').waitFor();
    // Admin access is offered to admins only.
    expect(await page.getByRole('radio', { name: /^Admin/ }).count()).toBe(0);
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);

    await page.getByLabel(/^Name/).fill('Weekly report');
    await page.getByRole('radio', { name: /^Read — / }).check();
    await page.getByLabel('Expires after').selectOption('7');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('heading', { name: 'Your new token “Weekly report”' }).waitFor();
    apiToken = await page.getByLabel('Token', { exact: true }).inputValue();
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);

    const read = await script(apiToken, `{ viewer { handle } }`);
    expect(read.body.data?.['viewer']).toEqual({ handle: member.handle });
    const write = await script(
      apiToken,
      `mutation { createPost(input: { body: "From a script ${suffix}" }) { id } }`,
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await page.getByRole('button', { name: 'Done, I have copied it' }).click();
    await page.reload();
    const row = page.getByRole('row', { name: /Weekly report/ });
    await row.getByText('read', { exact: true }).waitFor();
    await row.getByText('Active').waitFor();
    expect(await row.getByText('Never').count()).toBe(0);
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);
  });

  it('the colleague revokes the token and the script is refused', async () => {
    const page = pages.member;
    await page.getByRole('button', { name: 'Revoke Weekly report' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Revoke Weekly report?' });
    await dialog.getByText(/Scripts using it stop working at once/).waitFor();
    await expectNoSeriousA11yProblems(page);
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Weekly report was revoked.').waitFor();
    const refused = await script(apiToken, `{ viewer { handle } }`);
    expect(refused.status).toBe(401);
  });

  it('the admin filters people by department and role and sees when they were last active', async () => {
    const page = pages.admin;
    await page.goto(url('/admin/people'));
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('columnheader', { name: 'Last active' }).waitFor();
    await page.getByLabel('Department', { exact: true }).selectOption(department);
    await page.getByRole('rowheader', { name: /Leo Leaver/ }).waitFor();
    await page.getByRole('rowheader', { name: /Mika Member/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: /Alva Admin/ }).count()).toBe(0);
    // Everyone here used Outloud a moment ago.
    expect(
      await page
        .getByRole('row', { name: /Mika Member/ })
        .getByText('Within the hour')
        .count(),
    ).toBe(1);
    await page.getByLabel('Role', { exact: true }).selectOption('ADMIN');
    await page.getByText('Nobody matches.').waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('');
    await page.getByRole('rowheader', { name: /Leo Leaver/ }).waitFor();
    await expectNoSeriousA11yProblems(page);
    await expectNoSidewaysScroll(page);
  });

  it('the admin deactivates someone with a reason, which the audit log keeps', async () => {
    const page = pages.admin;
    await page.getByRole('button', { name: 'Deactivate Leo Leaver' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Deactivate Leo Leaver?' });
    await dialog.getByText(/attributed to a former colleague/).waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.getByText('Give a reason: it goes to the audit log.').waitFor();
    await expectNoSeriousA11yProblems(page);
    await dialog.getByLabel(/^Reason/).fill(reason);
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Leo Leaver was deactivated. Their content stays.').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('DEACTIVATED');
    await page.getByRole('rowheader', { name: /Leo Leaver/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: /Mika Member/ }).count()).toBe(0);

    await page.goto(url('/admin/audit'));
    await page.getByLabel(/^Action/).fill('identity.user.deactivated');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(`Reason: ${reason}`).waitFor();
  });
});
