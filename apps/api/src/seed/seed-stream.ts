import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { parseBody, renderParsed } from '@outloud/stream';
import { Client } from 'pg';
import { z } from 'zod';
import raw from './data/stream.json';
import { demoPeople, type DemoPerson } from './demo-people';
import { laterTime, postTime } from './demo-rhythm';
import { createRng, type Rng } from './prng';
import { Progress } from './progress';
import { parseSeedData, tag, text } from './seed-data';

/**
 * The demo stream of Northwind Ridge: follows, tag follows, ~400 posts over the last 90 days
 * (status updates and questions), replies, accepted answers, mentions, hashtags and likes.
 * Content is deterministic (fixed PRNG seed); only the ids (random UUIDs) and the absolute
 * times (relative to now) change between runs. Mention and tag rows are derived with the same
 * parser the product uses, so feeds, boards and tag pages behave as for real posts.
 */

export interface StreamSeedCounts {
  posts: number;
  replies: number;
  follows: number;
  likes: number;
}

const SEED = 20_240_801;
const DAY = 86_400_000;
const BATCH = 500;
/** Generated (template) posts; the Stack Exchange questions come on top. */
const TEMPLATE_QUESTIONS = 104;
const TEMPLATE_UPDATES = 236;
const STACK_EXCHANGE_QUESTIONS = 60;
/**
 * Who takes part, as in a real company: about a fifth of the people write (posts and replies),
 * about a sixth more only like, and the rest read. So the dashboard's "active people" is a
 * believable minority, not everyone.
 */
const WRITER_SHARE = 0.2;
const LIKER_SHARE = 0.16;

// ---------------------------------------------------------------------------------------------
// Content catalogue (data/stream.json)
// ---------------------------------------------------------------------------------------------

/**
 * A question and the answers that fit it (the first is the best one), for the reply threads.
 */
type QA = readonly [question: string, ...answers: string[]];

/**
 * One subject people post about. Placeholders: {m} mentions of colleagues who know the topic,
 * {office}, {customer}, {customer2}, {day}, {n} and {dept} (the author's department); in answers
 * also {e} (another colleague who knows). Mentions and hashtags are appended when a template
 * has no {m}.
 */
const topicSchema = z.strictObject({
  tag,
  /** A second hashtag sometimes added. */
  alsoTags: z.array(tag).optional(),
  /** The department whose people post updates about it; '*' for anyone. */
  department: text,
  /** Expertise tags of the people who can answer (and post updates); none: the department. */
  experts: z.array(tag),
  questions: z.array(
    z
      .strictObject({ question: text, answers: z.array(text).min(1) })
      .transform(({ question, answers }): QA => [question, ...answers]),
  ),
  updates: z.array(text),
});
type Topic = z.output<typeof topicSchema>;

/** Phrases may be empty (''): a weighted "nothing added" among the choices. */
const phraseList = z.array(z.string()).min(1);
const streamSchema = z.strictObject({
  topics: z.array(topicSchema).min(1),
  offices: z.array(text).min(1),
  customers: z.array(text).min(2),
  weekdays: z.array(text).min(1),
  questionOpeners: phraseList,
  questionClosers: phraseList,
  /** How a question asks the experts: {m} is their mentions. */
  questionMentions: phraseList,
  updateMentions: phraseList,
  answerClosers: phraseList,
  /** Replies after the answers; {e}: an expert. */
  followUps: phraseList,
  /** {r}: the person who gave the best answer. */
  agreements: phraseList,
  thanks: phraseList,
  /** Replies to updates, by the kind of update (see updateReplies); {a}: the author. */
  updateReplies: z.strictObject({
    welcome: phraseList,
    kudos: phraseList,
    personal: phraseList,
    asking: phraseList,
    celebrate: phraseList,
    notice: phraseList,
  }),
});

const DATA = parseSeedData('stream.json', streamSchema, raw);
const TOPICS = DATA.topics;
const OFFICES = DATA.offices;
const CUSTOMERS = DATA.customers;
const WEEKDAYS = DATA.weekdays;
const QUESTION_OPENERS = DATA.questionOpeners;
const QUESTION_CLOSERS = DATA.questionClosers;
const QUESTION_MENTIONS = DATA.questionMentions;
const UPDATE_MENTIONS = DATA.updateMentions;
const ANSWER_CLOSERS = DATA.answerClosers;
const FOLLOW_UPS = DATA.followUps;
const AGREEMENTS = DATA.agreements;
const THANKS = DATA.thanks;
const {
  welcome: REPLIES_WELCOME,
  kudos: REPLIES_KUDOS,
  personal: REPLIES_PERSONAL,
  asking: REPLIES_ASKING,
  celebrate: REPLIES_CELEBRATE,
  notice: REPLIES_NOTICE,
} = DATA.updateReplies;

/** Replies that fit an update: celebrating news, acknowledging a notice, welcoming people. */
function updateReplies(body: string): readonly string[] {
  if (/#welcome\b/.test(body)) return REPLIES_WELCOME;
  if (/#kudos\b/.test(body)) return REPLIES_KUDOS;
  if (/anniversary/.test(body)) return REPLIES_PERSONAL;
  if (/\?|next week|tomorrow|Join us|Come along|sign up|welcome before/i.test(body))
    return REPLIES_ASKING;
  if (
    /\blive\b|done|signed|won|renewed|passed|published|best ever|\bcut\b|faster|closed-won|kicked off|above|great work|🎉|installed|back:/i.test(
      body,
    )
  )
    return REPLIES_CELEBRATE;
  return REPLIES_NOTICE;
}

// ---------------------------------------------------------------------------------------------
// Stack Exchange questions (optional, CC BY-SA)
// ---------------------------------------------------------------------------------------------

interface SeAnswer {
  id: string;
  accepted: boolean;
  owner_user_id: string | null;
  license: string | null;
  text: string;
}
interface SeQuestion {
  id: string;
  title: string;
  text: string;
  tags: string[];
  creation_date: string;
  owner_user_id: string | null;
  url: string;
  license: string | null;
  answers: SeAnswer[];
}
interface SeSite {
  dir: string;
  name: string;
  /** Hashtag added to every question of the site. */
  tag: string;
  /** Also add the question's first tag from the site as a hashtag. */
  useSiteTags: boolean;
  take: number;
  /** Licence when the dump has no per-post field (see the data set's README). */
  licenseWhenNull?: string;
}

const SE_SITES: readonly SeSite[] = [
  {
    dir: 'iot',
    name: 'Internet of Things Stack Exchange',
    tag: 'iot',
    useSiteTags: true,
    take: 36,
    licenseWhenNull: 'CC BY-SA 3.0',
  },
  {
    dir: 'bicycles.meta',
    name: 'Bicycles Meta Stack Exchange',
    tag: 'cycling',
    useSiteTags: false,
    take: STACK_EXCHANGE_QUESTIONS - 36,
  },
];

/** The qa-dev folder next to the repository (`../shared/data/qa-dev`), if present. */
export function findQaDevDir(): string | undefined {
  const roots = [process.cwd()];
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) {
      roots.push(dir);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  for (const root of roots) {
    const candidate = resolve(root, '..', 'shared', 'data', 'qa-dev');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function readSite(dir: string, site: SeSite): SeQuestion[] {
  const file = join(dir, site.dir, 'corpus.jsonl');
  if (!existsSync(file)) return [];
  const out: SeQuestion[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as SeQuestion);
    } catch {
      // A damaged line is skipped; the demo does not depend on any one question.
    }
  }
  return out;
}

/** CC BY-SA version by date, as Stack Exchange applies it. */
function licenseByDate(isoDate: string): string {
  if (isoDate < '2011-04-08') return 'CC BY-SA 2.5';
  if (isoDate < '2018-05-02') return 'CC BY-SA 3.0';
  return 'CC BY-SA 4.0';
}

function licenseLink(license: string): string {
  const version = /(\d\.\d)/.exec(license)?.[1];
  return version
    ? `[${license}](https://creativecommons.org/licenses/by-sa/${version}/)`
    : `[CC BY-SA](https://creativecommons.org/licenses/by-sa/4.0/)`;
}

function authorCredit(origin: string, userId: string | null): string {
  return userId ? `[user ${userId}](${origin}/users/${userId})` : 'an anonymous user';
}

/** Plain text (HTML already stripped) made safe for Markdown: no markup, mentions or tags. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/^[ \t]+/gm, '')
    .replace(/[\\`*_[\]#@<>|~]/g, '\\$&')
    .replace(/^([-=+])/gm, '\\$1');
}

function shorten(text: string, max: number): string {
  const clean = text
    .replace(/\r/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 2);
  let end = -1;
  for (const m of cut.matchAll(/[.!?](?=\s)/g)) end = m.index ?? end;
  if (end > max * 0.5) return `${cut.slice(0, end + 1)} …`;
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.5 ? space : cut.length)} …`;
}

interface SePick {
  site: SeSite;
  question: SeQuestion;
}

function pickStackExchange(rng: Rng, log?: (line: string) => void): SePick[] {
  const dir = findQaDevDir();
  if (!dir) return [];
  const picks: SePick[] = [];
  for (const site of SE_SITES) {
    const usable = readSite(dir, site).filter(
      (q) => q.title && q.text && q.text.length >= 60 && q.url && q.answers?.length,
    );
    const withAccepted = rng.shuffle(usable.filter((q) => q.answers.some((a) => a.accepted)));
    const without = rng.shuffle(usable.filter((q) => !q.answers.some((a) => a.accepted)));
    const wantAccepted = Math.min(withAccepted.length, Math.round(site.take * 0.55));
    const chosen = [
      ...withAccepted.slice(0, wantAccepted),
      ...without.slice(0, site.take - wantAccepted),
    ];
    // Top up from the other pool if one ran short.
    for (const q of [...withAccepted.slice(wantAccepted), ...without]) {
      if (chosen.length >= site.take) break;
      if (!chosen.includes(q)) chosen.push(q);
    }
    for (const question of chosen) picks.push({ site, question });
  }
  if (picks.length) log?.(`  stream: ${picks.length} questions adapted from Stack Exchange`);
  return rng.shuffle(picks);
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

interface Person extends DemoPerson {
  id: string;
  index: number;
}

interface PostRow {
  id: string;
  authorId: string;
  isQuestion: boolean;
  body: string;
  createdAt: number;
  replyCount: number;
  likeCount: number;
  acceptedReplyId: string | null;
  answeredAt: number | null;
}

interface ReplyRow {
  id: string;
  postId: string;
  authorId: string;
  body: string;
  createdAt: number;
  likeCount: number;
}

interface Stream {
  posts: PostRow[];
  replies: ReplyRow[];
  follows: [string, string, number][];
  tagFollows: [string, string, number][];
  likes: ['post' | 'reply', string, string, number][];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function mention(p: Person): string {
  return `@${p.handle}`;
}

function generate(rng: Rng, people: Person[], now: number, log?: (line: string) => void): Stream {
  const byDepartment = new Map<string, Person[]>();
  for (const p of people) {
    const list = byDepartment.get(p.department) ?? [];
    list.push(p);
    byDepartment.set(p.department, list);
  }
  // Some people post far more than others.
  const chattiness = new Map<string, number>();
  rng.shuffle(people).forEach((p, rank) => chattiness.set(p.id, 1 / Math.pow(rank + 1, 0.6)));
  const pickWeighted = (pool: readonly Person[]): Person =>
    pool[rng.weightedIndex(pool.map((p) => chattiness.get(p.id) ?? 1))];
  const pickDistinct = (pool: readonly Person[], n: number, exclude: Person[]): Person[] =>
    rng.pickMany(
      pool.filter((p) => !exclude.includes(p)),
      n,
    );

  const expertsOf = (topic: Topic): Person[] => {
    const experts = people.filter((p) => p.expertise.some((e) => topic.experts.includes(e)));
    return experts.length >= 2 ? experts : (byDepartment.get(topic.department) ?? people);
  };
  const topicExperts = new Map(TOPICS.map((t) => [t.tag, expertsOf(t)]));

  // "Known experts": a handful of people almost everyone follows, Zipf by rank.
  const ana = people.find((p) => p.handle === 'ana');
  const bo = people.find((p) => p.handle === 'bo');
  const known = [
    ...[ana, bo].filter((p): p is Person => !!p),
    ...rng.pickMany(
      people.filter((p) => p !== ana && p !== bo && p.expertise.length >= 4),
      13,
    ),
  ];
  const knownRank = new Map(known.map((p, rank) => [p.id, rank]));

  // Who writes, who only likes, who reads --------------------------------------------------------
  // The known experts write, and every topic keeps at least two writers who know it (those who
  // already write count first), then random people up to the writers' share.
  const writers = new Set<Person>(known);
  for (const topic of TOPICS) {
    const experts = topicExperts.get(topic.tag) ?? [];
    const missing = 2 - experts.filter((p) => writers.has(p)).length;
    if (missing > 0)
      for (const p of rng.pickMany(
        experts.filter((e) => !writers.has(e)),
        missing,
      ))
        writers.add(p);
  }
  const wantWriters = Math.round(people.length * WRITER_SHARE);
  for (const p of rng.shuffle(people.filter((q) => !writers.has(q)))) {
    if (writers.size >= wantWriters) break;
    writers.add(p);
  }
  const writing = people.filter((p) => writers.has(p));
  const engaged = new Set<Person>([
    ...writing,
    ...rng.pickMany(
      people.filter((p) => !writers.has(p)),
      Math.round(people.length * LIKER_SHARE),
    ),
  ]);
  const liking = people.filter((p) => engaged.has(p));
  // Questions go to, and are answered by, people who know the topic and write.
  for (const [tag, experts] of topicExperts) {
    const active = experts.filter((p) => writers.has(p));
    if (active.length > 0) topicExperts.set(tag, active);
  }

  // Follows ------------------------------------------------------------------------------------
  const follows: Stream['follows'] = [];
  const followersOf = new Map<string, Person[]>();
  for (const follower of people) {
    const weights = people.map((p) => {
      if (p === follower) return 0;
      let w = 1;
      if (p.department === follower.department) w += 5;
      if (p.location === follower.location) w += 1;
      const rank = knownRank.get(p.id);
      if (rank !== undefined) w += 25 / (rank + 1);
      return w;
    });
    const n = 5 + Math.floor(35 * Math.pow(rng.next(), 1.6));
    for (let k = 0; k < n; k++) {
      const i = rng.weightedIndex(weights);
      weights[i] = 0;
      const followee = people[i];
      follows.push([follower.id, followee.id, now - rng.int(61, 400) * DAY + rng.int(0, DAY)]);
      const list = followersOf.get(followee.id) ?? [];
      list.push(follower);
      followersOf.set(followee.id, list);
    }
  }
  const tagFollows: Stream['tagFollows'] = [];
  const allTags = TOPICS.map((t) => t.tag);
  for (const p of people) {
    if (!rng.chance(0.4)) continue;
    const own = p.expertise.filter((e) => allTags.includes(e));
    const tags = new Set(rng.pickMany(own, rng.int(0, 2)));
    const want = rng.int(1, 3);
    while (tags.size < want) tags.add(rng.pick(allTags));
    for (const tag of tags) tagFollows.push([p.id, tag, now - rng.int(1, 90) * DAY]);
  }

  // Posts and replies --------------------------------------------------------------------------
  const posts: PostRow[] = [];
  const replies: ReplyRow[] = [];
  const personById = new Map(people.map((p) => [p.id, p]));
  const fillers = (): Record<string, string> => {
    const [customer, customer2] = rng.pickMany(CUSTOMERS, 2);
    return {
      office: rng.pick(OFFICES),
      customer,
      customer2,
      day: rng.pick(WEEKDAYS),
      n: String(rng.int(2, 9)),
    };
  };
  const hashtags = (topic: Topic): string => {
    const tags = [topic.tag];
    if (topic.alsoTags?.length && rng.chance(0.45)) tags.push(rng.pick(topic.alsoTags));
    return tags.map((t) => `#${t}`).join(' ');
  };
  /** Every template is used once before any is used again, in random order. */
  const deck = <T>(items: readonly T[]): (() => T) => {
    let queue: T[] = [];
    return () => {
      if (!queue.length) queue = rng.shuffle(items);
      return queue.pop() as T;
    };
  };
  const nextQuestion = deck(
    TOPICS.flatMap((topic) => topic.questions.map((qa) => ({ topic, qa }))),
  );
  const nextUpdate = deck(
    TOPICS.flatMap((topic) => topic.updates.map((text) => ({ topic, text }))),
  );
  const addReply = (post: PostRow, author: Person, body: string, after: number): ReplyRow => {
    const reply: ReplyRow = {
      id: randomUUID(),
      postId: post.id,
      authorId: author.id,
      body,
      createdAt: laterTime(rng, after, now, author),
      likeCount: 0,
    };
    replies.push(reply);
    post.replyCount += 1;
    return reply;
  };
  const accept = (post: PostRow, reply: ReplyRow) => {
    post.acceptedReplyId = reply.id;
    post.answeredAt = laterTime(rng, reply.createdAt, now, personById.get(post.authorId));
  };

  const kinds = rng.shuffle([
    ...Array<boolean>(TEMPLATE_QUESTIONS).fill(true),
    ...Array<boolean>(TEMPLATE_UPDATES).fill(false),
  ]);
  for (const isQuestion of kinds) {
    let topic: Topic;
    let template: string;
    let answers: string[] = [];
    if (isQuestion) {
      const next = nextQuestion();
      topic = next.topic;
      [template, ...answers] = next.qa;
    } else {
      const next = nextUpdate();
      topic = next.topic;
      template = next.text;
    }
    const experts = topicExperts.get(topic.tag) ?? people;
    const values = fillers();
    let author: Person;
    let mentioned: Person[];
    if (isQuestion) {
      // Askers are usually not experts themselves; the question goes to people who know.
      const nonExperts = writing.filter((p) => !experts.includes(p));
      author = pickWeighted(nonExperts.length ? nonExperts : writing);
      mentioned = pickDistinct(experts, 1 + rng.zipfIndex(3, 1), [author]);
    } else {
      const department = topic.department === '*' ? undefined : topic.department;
      const everyone = department ? (byDepartment.get(department) ?? people) : people;
      const pool = everyone.filter((p) => writers.has(p));
      const team = experts.filter((p) => !department || p.department === department);
      author = pickWeighted(team.length && rng.chance(0.6) ? team : pool.length ? pool : writing);
      // Updates credit colleagues: the author's own team for everyday posts.
      const colleagues = department
        ? [...new Set([...experts, ...pool])]
        : (byDepartment.get(author.department) ?? people);
      mentioned = pickDistinct(colleagues, 1 + rng.zipfIndex(2, 1), [author]);
      // (Being mentioned is not taking part: anyone may be credited.)
    }
    const m = mentioned.map(mention).join(' ');
    let body = fill(template, { ...values, dept: author.department, m });
    if (isQuestion) {
      const opener = template.startsWith('Quick one') ? '' : rng.pick(QUESTION_OPENERS);
      body = `${opener}${body}${rng.pick(QUESTION_CLOSERS)}`;
    }
    // Everyday updates ('*' topics) only mention people where the template says so.
    const creditsOthers = topic.department !== '*' && rng.chance(0.75);
    if (!template.includes('{m}') && m && (isQuestion || creditsOthers)) {
      const phrases = isQuestion ? QUESTION_MENTIONS : UPDATE_MENTIONS;
      const phrase = /thank/i.test(body) && !isQuestion ? 'cc {m}' : rng.pick(phrases);
      body += ` ${fill(phrase, { m })}`;
    }
    body += ` ${hashtags(topic)}`;
    const post: PostRow = {
      id: randomUUID(),
      authorId: author.id,
      isQuestion,
      body,
      createdAt: postTime(rng, now, author),
      replyCount: 0,
      likeCount: 0,
      acceptedReplyId: null,
      answeredAt: null,
    };
    posts.push(post);

    if (isQuestion && rng.chance(0.7)) {
      // An answer first (often from someone who was asked), then more answers, agreement,
      // "+1"s, and sometimes the asker's thanks.
      const count = 1 + rng.zipfIndex(4, 0.7);
      const unused = [...answers];
      const answerReplies: ReplyRow[] = [];
      const repliedBy = new Set<Person>([author]);
      let last = post.createdAt;
      let thanked = false;
      // No phrase twice in one thread.
      const agreements = rng.shuffle(AGREEMENTS);
      const followUps = rng.shuffle(FOLLOW_UPS);
      for (let k = 0; k < count; k++) {
        const roll = rng.next();
        let reply: ReplyRow;
        if (k === 0 || roll < 0.5) {
          const asked = mentioned.filter((p) => !repliedBy.has(p));
          const others = experts.filter((p) => !repliedBy.has(p));
          const candidates = asked.length && rng.chance(0.7) ? asked : others;
          const replier = rng.pick(
            candidates.length ? candidates : writing.filter((p) => !repliedBy.has(p)),
          );
          repliedBy.add(replier);
          const fitting = unused.shift();
          if (fitting) {
            const other = pickDistinct(experts, 1, [author, replier])[0];
            let text = fill(fitting, { ...values, e: other ? mention(other) : 'the service desk' });
            if (rng.chance(0.3)) text = `${mention(author)} ${text}`;
            reply = addReply(post, replier, `${text}${rng.pick(ANSWER_CLOSERS)}`, last);
            answerReplies.push(reply);
          } else {
            const agreement = agreements.pop();
            if (!agreement) continue;
            const earlier = personById.get(rng.pick(answerReplies).authorId) as Person;
            const text = fill(agreement, { ...values, r: mention(earlier) });
            reply = addReply(post, replier, text, last);
          }
        } else if (roll < 0.75 || thanked) {
          const followUp = followUps.pop();
          if (!followUp) continue;
          const someone = pickDistinct(writing, 1, [...repliedBy])[0];
          repliedBy.add(someone);
          const other = pickDistinct(experts, 1, [author, someone])[0];
          const text = fill(followUp, { e: other ? mention(other) : '@bo' });
          reply = addReply(post, someone, text, last);
        } else {
          const helper = personById.get(rng.pick(answerReplies).authorId) as Person;
          reply = addReply(post, author, fill(rng.pick(THANKS), { r: mention(helper) }), last);
          thanked = true;
        }
        last = reply.createdAt;
      }
      if (rng.chance(0.55))
        accept(post, rng.chance(0.7) ? answerReplies[0] : rng.pick(answerReplies));
    } else if (!isQuestion && rng.chance(0.3)) {
      const count = rng.int(1, 3);
      let last = post.createdAt;
      const repliers = pickDistinct(
        [
          ...new Set([
            ...(followersOf.get(author.id) ?? []),
            ...(byDepartment.get(author.department) ?? []),
          ]),
        ].filter((p) => writers.has(p)),
        count,
        [author],
      );
      const texts = rng.pickMany(updateReplies(post.body), repliers.length);
      repliers.forEach((replier, k) => {
        const text = fill(texts[k], { ...values, a: mention(author) });
        last = addReply(post, replier, text, last).createdAt;
      });
    }
  }

  // Stack Exchange questions, answered by random colleagues.
  for (const { site, question } of pickStackExchange(rng, log)) {
    const origin = new URL(question.url).origin;
    const tags = [site.tag];
    const siteTag = question.tags?.[0];
    if (site.useSiteTags && siteTag && /^[a-z][a-z0-9-]{1,39}$/.test(siteTag)) tags.push(siteTag);
    const license =
      question.license ?? site.licenseWhenNull ?? licenseByDate(question.creation_date ?? '');
    const body = [
      `**${escapeMarkdown(question.title.trim())}**`,
      escapeMarkdown(shorten(question.text, 1500)),
      tags.map((t) => `#${t}`).join(' '),
      `_Adapted from [a question on ${site.name}](${question.url}) by ${authorCredit(origin, question.owner_user_id)}, ${licenseLink(license)}._`,
    ].join('\n\n');
    const author = pickWeighted(writing);
    const post: PostRow = {
      id: randomUUID(),
      authorId: author.id,
      isQuestion: true,
      body,
      createdAt: postTime(rng, now, author),
      replyCount: 0,
      likeCount: 0,
      acceptedReplyId: null,
      answeredAt: null,
    };
    posts.push(post);
    const answers = question.answers.slice(0, 3);
    const repliers = pickDistinct(writing, answers.length, [author]);
    let last = post.createdAt;
    answers.forEach((answer, k) => {
      const answerLicense = answer.license ?? site.licenseWhenNull ?? 'CC BY-SA';
      const text = [
        escapeMarkdown(shorten(answer.text, 900)),
        `_Adapted from [an answer on ${site.name}](${origin}/a/${answer.id}) by ${authorCredit(origin, answer.owner_user_id)}, ${licenseLink(answerLicense)}._`,
      ].join('\n\n');
      const reply = addReply(post, repliers[k], text, last);
      last = reply.createdAt;
      if (answer.accepted) accept(post, reply);
    });
  }

  // Likes: a few popular posts and replies, most with a couple or none -----------------------
  const likes: Stream['likes'] = [];
  const like = (type: 'post' | 'reply', subject: PostRow | ReplyRow, s: number, bonus = 0) => {
    const author = people.find((p) => p.id === subject.authorId);
    const room = liking.filter((p) => p !== author).length;
    const count = Math.min(15, room, rng.zipfIndex(16, s) + bonus);
    const fans = (followersOf.get(subject.authorId) ?? []).filter((p) => engaged.has(p));
    const likers = new Set<Person>();
    while (likers.size < count) {
      const p = fans.length && rng.chance(0.6) ? rng.pick(fans) : rng.pick(liking);
      if (p !== author) likers.add(p);
    }
    for (const p of likers)
      likes.push([type, subject.id, p.id, laterTime(rng, subject.createdAt, now, p)]);
    subject.likeCount = likers.size;
  };
  for (const post of posts) like('post', post, 0.9);
  const accepted = new Set(posts.map((p) => p.acceptedReplyId));
  for (const reply of replies) like('reply', reply, 1.4, accepted.has(reply.id) ? 2 : 0);

  return { posts, replies, follows, tagFollows, likes };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

async function insertRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  onBatch: (rows: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const slice = rows.slice(i, i + BATCH);
    const values: unknown[] = [];
    const tuples = slice.map((row) => {
      const start = values.length;
      values.push(...row);
      return `(${row.map((_, k) => `$${start + k + 1}`).join(', ')})`;
    });
    await client.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
    onBatch(slice.length);
  }
}

/**
 * Seeds the demo stream for the demo people (who must exist already). Runs inside the caller's
 * transaction on `client`.
 */
export async function seedStream(
  client: Client,
  log?: (line: string) => void,
): Promise<StreamSeedCounts> {
  const demo = demoPeople();
  const { rows } = await client.query<{ id: string; handle: string }>(
    'SELECT id, lower(handle) AS handle FROM users',
  );
  const idByHandle = new Map(rows.map((r) => [r.handle, r.id]));
  const people: Person[] = demo
    .filter((p) => idByHandle.has(p.handle.toLowerCase()))
    .map((p, index) => ({ ...p, id: idByHandle.get(p.handle.toLowerCase()) as string, index }));
  if (people.length < 10) return { posts: 0, replies: 0, follows: 0, likes: 0 };
  const knownHandles: ReadonlySet<string> = new Set(idByHandle.keys());

  const rng = createRng(SEED);
  const now = Date.now();
  const stream = generate(rng, people, now, log);
  const postById = new Map(stream.posts.map((p) => [p.id, p]));

  const mentionRows: unknown[][] = [];
  const tagRows: unknown[][] = [];
  const postRows = stream.posts.map((p) => {
    const createdAt = new Date(p.createdAt);
    const parsed = parseBody(p.body);
    for (const handle of parsed.mentions) {
      const userId = idByHandle.get(handle);
      if (userId) mentionRows.push([p.id, userId, null, createdAt, createdAt]);
    }
    for (const tag of parsed.tags.slice(0, 30)) tagRows.push([p.id, tag, createdAt]);
    return [
      p.id,
      p.authorId,
      p.isQuestion,
      p.body,
      renderParsed(parsed, knownHandles),
      p.replyCount,
      p.likeCount,
      createdAt,
      createdAt,
    ];
  });
  const replyRows = stream.replies.map((r) => {
    const post = postById.get(r.postId) as PostRow;
    const createdAt = new Date(r.createdAt);
    const parsed = parseBody(r.body);
    for (const handle of parsed.mentions) {
      const userId = idByHandle.get(handle);
      if (userId) mentionRows.push([r.postId, userId, r.id, new Date(post.createdAt), createdAt]);
    }
    return [
      r.id,
      r.postId,
      r.authorId,
      r.body,
      renderParsed(parsed, knownHandles),
      r.likeCount,
      createdAt,
    ];
  });
  const acceptedRows = stream.posts
    .filter((p) => p.acceptedReplyId)
    .map((p) => [p.id, p.acceptedReplyId, new Date(p.answeredAt ?? p.createdAt)]);
  const followRows = stream.follows.map(([a, b, at]) => [a, b, new Date(at)]);
  const tagFollowRows = stream.tagFollows.map(([u, tag, at]) => [u, tag, new Date(at)]);
  const likeRows = stream.likes.map(([type, id, user, at]) => [type, id, user, new Date(at)]);

  const total =
    followRows.length +
    tagFollowRows.length +
    postRows.length +
    replyRows.length +
    acceptedRows.length +
    mentionRows.length +
    tagRows.length +
    likeRows.length;
  const progress = new Progress('stream', total);
  let done = 0;
  const step = (n: number) => progress.update((done += n));

  await insertRows(
    client,
    'follows',
    ['follower_id', 'followee_id', 'created_at'],
    followRows,
    step,
  );
  await insertRows(client, 'tag_follows', ['user_id', 'tag', 'created_at'], tagFollowRows, step);
  await insertRows(
    client,
    'posts',
    [
      'id',
      'author_id',
      'is_question',
      'body',
      'body_html',
      'reply_count',
      'like_count',
      'created_at',
      'updated_at',
    ],
    postRows,
    step,
  );
  await insertRows(
    client,
    'replies',
    ['id', 'post_id', 'author_id', 'body', 'body_html', 'like_count', 'created_at'],
    replyRows,
    step,
  );
  for (let i = 0; i < acceptedRows.length; i += BATCH) {
    const slice = acceptedRows.slice(i, i + BATCH);
    await client.query(
      `UPDATE posts SET accepted_reply_id = v.reply_id, answered_at = v.answered_at
         FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::uuid[]) AS reply_id,
                      unnest($3::timestamptz[]) AS answered_at) v
        WHERE posts.id = v.id`,
      [slice.map((r) => r[0]), slice.map((r) => r[1]), slice.map((r) => r[2])],
    );
    step(slice.length);
  }
  await insertRows(
    client,
    'mentions',
    ['post_id', 'user_id', 'reply_id', 'post_created_at', 'created_at'],
    mentionRows,
    step,
  );
  await insertRows(client, 'post_tags', ['post_id', 'tag', 'post_created_at'], tagRows, step);
  await insertRows(
    client,
    'likes',
    ['subject_type', 'subject_id', 'user_id', 'created_at'],
    likeRows,
    step,
  );
  progress.finish();

  return {
    posts: postRows.length,
    replies: replyRows.length,
    follows: followRows.length,
    likes: likeRows.length,
  };
}
