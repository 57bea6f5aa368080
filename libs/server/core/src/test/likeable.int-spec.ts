import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { LikeableRepository } from '../lib/likes/likeable.repository';

/**
 * The shared "likeable" statements on a table of two kinds of things (like stream's `likes`) and
 * a table of one kind (like files' `file_likes`): one like per person, counts moved in the same
 * statement, nothing changed when it was already so, and kinds kept apart.
 */
describe('LikeableRepository', () => {
  let t: TestApp;
  let notes: LikeableRepository;
  let cards: LikeableRepository;
  let pictures: LikeableRepository;
  const people = [randomUUID(), randomUUID()];
  const note = randomUUID();
  const card = randomUUID();
  const picture = randomUUID();

  beforeAll(async () => {
    t = await createTestApp({ imports: [], graphql: false });
    await t.dataSource.query(`
      CREATE TABLE likeable_things (id uuid PRIMARY KEY, like_count int NOT NULL DEFAULT 0);
      CREATE TABLE likeable_likes (subject_type text NOT NULL, subject_id uuid NOT NULL,
        user_id uuid NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_type, subject_id, user_id));
      CREATE TABLE likeable_picture_likes (picture_id uuid NOT NULL, user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (picture_id, user_id))`);
    await t.dataSource.query(`INSERT INTO likeable_things (id) SELECT unnest($1::uuid[])`, [
      [note, card, picture],
    ]);
    const kind = (value: string) =>
      new LikeableRepository(t.dataSource, {
        table: 'likeable_likes',
        subjectColumn: 'subject_id',
        kind: { column: 'subject_type', value },
        counted: { table: 'likeable_things', column: 'like_count' },
      });
    notes = kind('note');
    cards = kind('card');
    pictures = new LikeableRepository(t.dataSource, {
      table: 'likeable_picture_likes',
      subjectColumn: 'picture_id',
      counted: { table: 'likeable_things', column: 'like_count' },
    });
  });
  afterAll(async () => {
    await t?.dataSource.query(
      `DROP TABLE IF EXISTS likeable_things, likeable_likes, likeable_picture_likes`,
    );
    await t?.close();
  });

  const count = async (id: string) =>
    (await t.dataSource.query(`SELECT like_count FROM likeable_things WHERE id = $1`, [id]))[0]
      .like_count;
  const set = (repo: LikeableRepository, id: string, person: string, liked: boolean) =>
    t.dataSource.transaction((tx) => repo.set(tx, id, person, liked));

  it('gives one like per person and moves the count in the same statement', async () => {
    const first = await set(notes, note, people[0], true);
    expect(first).toEqual({ likedAt: expect.any(Date), likeCount: 1 });
    expect(await set(notes, note, people[0], true)).toBeNull();
    expect((await set(notes, note, people[1], true))?.likeCount).toBe(2);
    const taken = await set(notes, note, people[0], false);
    expect(taken).toEqual({ likedAt: first!.likedAt, likeCount: 1 });
    expect(await set(notes, note, people[0], false)).toBeNull();
    expect(await count(note)).toBe(1);
  });

  it('keeps kinds sharing a table apart', async () => {
    await set(cards, card, people[0], true);
    expect(await notes.likedBy(people[0], [note, card])).toEqual(new Set());
    expect(await cards.likedBy(people[0], [note, card])).toEqual(new Set([card]));
    expect(await notes.likedBy(people[1], [note, card])).toEqual(new Set([note]));
    // Taking back a like of the other kind changes nothing.
    expect(await set(notes, card, people[0], false)).toBeNull();
    expect(await count(card)).toBe(1);
  });

  it('works on a table of one kind and answers an empty list without a query', async () => {
    expect((await set(pictures, picture, people[1], true))?.likeCount).toBe(1);
    expect(await pictures.likedBy(people[1], [picture, note])).toEqual(new Set([picture]));
    expect(await pictures.likedBy(people[1], [])).toEqual(new Set());
  });

  it('refuses names that are not plain identifiers', () => {
    expect(
      () =>
        new LikeableRepository(t.dataSource, {
          table: 'likes; DROP TABLE users',
          subjectColumn: 'id',
          counted: { table: 'x', column: 'y' },
        }),
    ).toThrow(/Not a table or column name/);
  });
});
