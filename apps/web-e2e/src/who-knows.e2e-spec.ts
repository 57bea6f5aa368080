import type { Page } from 'playwright-core';
import {
  uniquePeople,
  useProductAndBrowser,
  expectNoSeriousA11yProblems,
  mustGraphql,
} from './support';

/**
 * Who knows (issue 24): an expert's accepted answer becomes evidence; a colleague writing a
 * question on the same topic sees the expert suggested with the reason and mentions them in one
 * click; the expert's profile shows what they are known for with a link to the evidence (but not
 * what they answered in a restricted community the colleague is not in); the search page finds
 * them by topic.
 */
describe('who knows', () => {
  const { suffix, person } = uniquePeople();
  const expert = person('expert', 'Eli Expert');
  const peer = person('peer', 'Pia Peer');
  const asker = person('asker', 'Ada Asker');
  // Tags are topics: unique to this run, so earlier runs' evidence cannot interfere.
  const tag = `vpn${suffix}`;
  const secretTag = `vault${suffix}`;
  const secretQuestion = `Who rotates the vault keys ${suffix}? #${secretTag}`;

  const suite = useProductAndBrowser();
  const pages = {} as Record<'expert' | 'peer' | 'asker', Page>;
  let questionId = '';
  const { url } = suite;

  async function answerAccepted(
    asking: Page,
    body: string,
    answer: string,
    communityId: string | null = null,
  ): Promise<string> {
    const { createPost } = await mustGraphql<{ createPost: { id: string } }>(
      asking,
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { body, isQuestion: true, communityId } },
    );
    const { createReply } = await mustGraphql<{ createReply: { id: string } }>(
      pages.expert,
      `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
      { p: createPost.id, i: { body: answer } },
    );
    await mustGraphql(
      asking,
      `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
      { p: createPost.id, r: createReply.id },
    );
    return createPost.id;
  }

  beforeAll(async () => {
    for (const name of ['expert', 'peer', 'asker'] as const) {
      pages[name] = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    }
    await suite.signUp(pages.expert, expert);
    await suite.signUp(pages.peer, peer);
    await suite.signUp(pages.asker, asker);

    // The expert's accepted answer on the topic, in public.
    questionId = await answerAccepted(
      pages.peer,
      `How do I renew the #${tag} certificate on a new laptop?`,
      `Open the IT portal, choose Certificates, then Renew (${suffix}).`,
    );
    // And one inside a restricted community that only the peer and the expert are in.
    const { createCommunity } = await mustGraphql<{ createCommunity: { id: string } }>(
      pages.peer,
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: `Vault ${suffix}`, slug: `vault-${suffix}`, type: 'RESTRICTED' } },
    );
    await mustGraphql(
      pages.peer,
      `mutation ($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { state } }`,
      { c: createCommunity.id, h: expert.handle },
    );
    await mustGraphql(pages.expert, `mutation ($c: ID!) { joinCommunity(id: $c) { state } }`, {
      c: createCommunity.id,
    });
    await answerAccepted(
      pages.peer,
      secretQuestion,
      `The platform team rotates them (${suffix}).`,
      createCommunity.id,
    );
  });

  it('suggests the expert with the reason while the question is typed, and mentions them in one click', async () => {
    const page = pages.asker;
    await page.goto(url('/'));
    const box = page.getByLabel(/^Ask or share something/);
    const suggestion = page.getByRole('button', { name: `Mention @${expert.handle}` });
    // The evidence is kept by background jobs: type again until the suggestion is there.
    for (let attempt = 0; attempt < 20; attempt++) {
      await box.fill('');
      await box.pressSequentially(`Anyone know how to renew the #${tag} certificate?`);
      if (await suggestion.isVisible({ timeout: 1_500 }).catch(() => false)) break;
    }
    const experts = page.getByRole('region', { name: 'People who could answer:' });
    await experts.waitFor();
    const item = experts.getByRole('listitem').filter({ has: suggestion });
    await item.getByText(`answered 1 question about ${tag}, last in`).waitFor();
    expect(await item.textContent()).toContain(expert.displayName);
    await expectNoSeriousA11yProblems(page);

    await suggestion.click();
    expect(await box.inputValue()).toBe(
      `Anyone know how to renew the #${tag} certificate? @${expert.handle} `,
    );
    // Once mentioned, they are not offered again.
    await suggestion.waitFor({ state: 'detached' });
  });

  it("shows what the expert is known for, linking to the evidence, without a restricted community's", async () => {
    const page = pages.asker;
    await page.goto(url(`/people/${expert.handle}`));
    const knownFor = page.getByRole('region', { name: 'Known for' });
    await knownFor.waitFor();
    await knownFor.getByRole('link', { name: `#${tag}`, exact: true }).waitFor();
    await knownFor.getByText(`answered 1 question about ${tag}, last in`).waitFor();
    const evidence = knownFor.getByRole('list', { name: `Evidence for ${tag}` });
    const link = evidence.getByRole('link', { name: /How do I renew the/ });
    expect(await link.getAttribute('href')).toBe(`/posts/${questionId}`);
    expect(await knownFor.textContent()).not.toContain(secretTag);
    expect(await page.content()).not.toContain('rotates the vault keys');
    await expectNoSeriousA11yProblems(page);

    // A member of the restricted community sees that evidence too.
    await pages.peer.goto(url(`/people/${expert.handle}`));
    const seenByMember = pages.peer.getByRole('region', { name: 'Known for' });
    await seenByMember.getByRole('link', { name: `#${secretTag}`, exact: true }).waitFor();

    await link.click();
    await page.waitForURL(url(`/posts/${questionId}`));
  });

  it('finds the expert by topic on the search page', async () => {
    const page = pages.asker;
    await page.goto(url(`/search?q=${tag}`));
    const who = page.getByRole('region', { name: `People who know about “${tag}”` });
    await who.waitFor();
    await who.getByRole('link', { name: expert.displayName }).waitFor();
    await who.getByText(`answered 1 question about ${tag}, last in`).waitFor();
    await page.goto(url(`/search?q=${secretTag}`));
    await page
      .getByRole('status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(
      await page.getByRole('region', { name: `People who know about “${secretTag}”` }).count(),
    ).toBe(0);
  });
});
