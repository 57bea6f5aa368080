import { IdentityModule, UserRepository } from '@outloud/identity';
import {
  addPeople,
  createTestApp,
  keepsGenericPlans,
  signUpPerson,
  statementsSent,
  TestApp,
  TestPerson,
} from '@outloud/server-core/testing';
import { PostRepository, StreamModule } from '../index';

/**
 * A page's cards, its people and a new post's mentioned people are prepared statements over a
 * list. With the list as one array parameter, PostgreSQL's generic plan assumed ten and a custom
 * plan for three always looked cheaper: a composer's three similar questions were planned on
 * every call (0.8 ms of planning for 0.2 ms of running at 1M), and so was every new post's
 * people. A few values go as one parameter each (`listParam`, `idsParam`).
 */

let t: TestApp;
const postIds: string[] = [];
let viewerId: string;
let author: TestPerson['client'];

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule, StreamModule] });
  const ana = await signUpPerson(t, 'ana', { password: 'correct horse battery' });
  viewerId = ana.id;
  author = ana.client;
  for (const body of ['First question?', 'Second question?', 'Third question?', 'Fourth.']) {
    const { createPost } = await ana.client.ok<{ createPost: { id: string } }>(
      `mutation($body: String!) { createPost(input: { body: $body }) { id } }`,
      { body },
    );
    postIds.push(createPost.id);
  }
  await addPeople(t, 3000);
});
afterAll(() => t?.close());

it.each([1, 3, 8, 12])('plans a page of %i cards once, not on every page', async (n) => {
  const ids = Array.from({ length: n }, (_, i) => postIds[i % postIds.length]);
  const posts = t.app.get(PostRepository);
  const [visible] = await statementsSent('FROM posts p WHERE p.id = ANY', () =>
    posts.visibleLiveCardRows(viewerId, ids),
  );
  const [plain] = await statementsSent('FROM posts p WHERE p.id = ANY', () =>
    posts.cardRows(viewerId, ids),
  );
  expect(visible?.name).toBeTruthy();
  expect(plain?.name).toBeTruthy();
  expect(await keepsGenericPlans(t.db.url, [visible, plain])).toEqual([true, true]);
});

it.each([1, 3, 12])(
  'plans the people of a page (%i of them) once, not on every page',
  async (n) => {
    const people: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM users ORDER BY handle LIMIT $1`,
      [n],
    );
    const ids = people.map((p) => p.id);
    const [statement] = await statementsSent('FROM "users" t WHERE t.id = ANY', () =>
      t.app.get(UserRepository).findByIds(ids),
    );
    expect(statement?.name).toBeTruthy();
    expect(await keepsGenericPlans(t.db.url, [statement])).toEqual([true]);
  },
);

it("plans a new post's mentioned people and author once, not on every post", async () => {
  const [statement] = await statementsSent('AS "lowerHandle"', () =>
    author.ok(
      `mutation { createPost(input: { body: "Lunch, @person1 @person2 @person3?" }) { id } }`,
    ),
  );
  expect(statement?.name).toBeTruthy();
  expect(await keepsGenericPlans(t.db.url, [statement])).toEqual([true]);
});
