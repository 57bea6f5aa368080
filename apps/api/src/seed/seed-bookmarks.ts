import { parseBookmarkUrl } from '@outloud/bookmarks';
import { Client } from 'pg';
import { createRng } from './prng';
import { Progress } from './progress';

/**
 * Northwind Ridge's bookmarks: ~80, mostly links to well-known public documentation, with a
 * few saved posts and files. Several people save the same links (so "who else bookmarked
 * this" and the popular list mean something); a few are private. Target keys come from the
 * product's own URL rules, so the seed's links group exactly like saved ones. Nothing is fetched.
 */

interface DemoLink {
  url: string;
  title: string;
  description: string;
  tags: string[];
}

const LINKS: DemoLink[] = [
  {
    url: 'https://owasp.org/www-project-top-ten/',
    title: 'OWASP Top Ten',
    description: 'The ten most critical web application security risks. Start here.',
    tags: ['security', 'code-review'],
  },
  {
    url: 'https://www.w3.org/TR/WCAG22/',
    title: 'Web Content Accessibility Guidelines (WCAG) 2.2',
    description: 'The accessibility standard our products aim to conform to (AA).',
    tags: ['accessibility', 'design-systems'],
  },
  {
    url: 'https://www.postgresql.org/docs/current/',
    title: 'PostgreSQL documentation',
    description: 'The manual. The chapters on indexes and MVCC are worth reading twice.',
    tags: ['postgresql'],
  },
  {
    url: 'https://kubernetes.io/docs/home/',
    title: 'Kubernetes documentation',
    description: 'Concepts, tasks and the API reference.',
    tags: ['kubernetes'],
  },
  {
    url: 'https://sre.google/sre-book/table-of-contents/',
    title: 'Site Reliability Engineering (the Google SRE book)',
    description: 'Free online. Chapters on postmortem culture and on-call are excellent.',
    tags: ['incident-response', 'observability'],
  },
  {
    url: 'https://12factor.net/',
    title: 'The Twelve-Factor App',
    description: 'Short and still relevant: config in the environment, stateless processes.',
    tags: ['ci-cd'],
  },
  {
    url: 'https://semver.org/',
    title: 'Semantic Versioning 2.0.0',
    description: 'MAJOR.MINOR.PATCH and what each means.',
    tags: ['release-planning'],
  },
  {
    url: 'https://www.conventionalcommits.org/en/v1.0.0/',
    title: 'Conventional Commits',
    description: 'The commit message convention we use in every repository.',
    tags: ['code-review'],
  },
  {
    url: 'https://keepachangelog.com/en/1.1.0/',
    title: 'Keep a Changelog',
    description: 'How to write a changelog people read.',
    tags: ['release-planning'],
  },
  {
    url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP',
    title: 'HTTP | MDN Web Docs',
    description: 'Headers, caching, CORS: the best reference there is.',
    tags: ['web'],
  },
  {
    url: 'https://developer.mozilla.org/en-US/docs/Web/Accessibility',
    title: 'Accessibility | MDN Web Docs',
    description: 'Practical guides for accessible HTML, ARIA and keyboard support.',
    tags: ['accessibility'],
  },
  {
    url: 'https://react.dev/learn',
    title: 'Learn React',
    description: 'The new React docs; "Thinking in React" is a good first read.',
    tags: ['react'],
  },
  {
    url: 'https://www.typescriptlang.org/docs/handbook/intro.html',
    title: 'The TypeScript Handbook',
    description: 'Everything from basic types to generics.',
    tags: ['typescript'],
  },
  {
    url: 'https://developer.hashicorp.com/terraform/docs',
    title: 'Terraform documentation',
    description: 'Language reference and provider docs.',
    tags: ['terraform'],
  },
  {
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    title: 'General Data Protection Regulation (GDPR), official text',
    description: 'The regulation itself, in every EU language.',
    tags: ['gdpr', 'contracts'],
  },
  {
    url: 'https://www.imy.se/en/',
    title: 'Swedish Authority for Privacy Protection (IMY)',
    description: 'Guidance from our supervisory authority.',
    tags: ['gdpr'],
  },
  {
    url: 'https://design-system.service.gov.uk/',
    title: 'GOV.UK Design System',
    description: 'A model design system: patterns backed by research.',
    tags: ['design-systems', 'ux-research'],
  },
  {
    url: 'https://www.nngroup.com/articles/usability-testing-101/',
    title: 'Usability Testing 101 (Nielsen Norman Group)',
    description: 'How to run a small usability test on a budget.',
    tags: ['ux-research'],
  },
  {
    url: 'https://styleguide.mailchimp.com/',
    title: 'Mailchimp Content Style Guide',
    description: 'Our tone of voice borrows a lot from this.',
    tags: ['brand', 'newsletters'],
  },
  {
    url: 'https://www.rfc-editor.org/rfc/rfc9110.html',
    title: 'RFC 9110: HTTP Semantics',
    description: 'For settling arguments about status codes.',
    tags: ['web'],
  },
  {
    url: 'https://opentelemetry.io/docs/',
    title: 'OpenTelemetry documentation',
    description: 'Traces, metrics and logs, vendor-neutral.',
    tags: ['observability'],
  },
  {
    url: 'https://choosealicense.com/licenses/',
    title: 'Choose a License: licences compared',
    description: 'Plain-language summaries of open source licences.',
    tags: ['open-source-licensing'],
  },
  {
    url: 'https://spdx.org/licenses/',
    title: 'SPDX License List',
    description: 'Official identifiers for open source licences.',
    tags: ['open-source-licensing'],
  },
  {
    url: 'https://workingoutloud.com/en/circle-guides',
    title: 'Working Out Loud circle guides',
    description: 'The free twelve-week guides for a WOL circle.',
    tags: ['working-out-loud', 'mentoring'],
  },
  {
    url: 'https://www.skatteverket.se/servicelankar/otherlanguages/inenglishengelska.4.12815e4f14a62bc048f4edc.html',
    title: 'Skatteverket (Swedish Tax Agency) in English',
    description: 'Per diem rates and tax rules for business travel.',
    tags: ['travel', 'expense-policy', 'vat'],
  },
  {
    url: 'https://mqtt.org/mqtt-specification/',
    title: 'MQTT specification',
    description: 'Versions 3.1.1 and 5.0.',
    tags: ['iot'],
  },
  {
    url: 'https://www.atlassian.com/incident-management/handbook',
    title: 'Incident management handbook (Atlassian)',
    description: 'Roles, severity levels and communication during an incident.',
    tags: ['incident-response'],
  },
  {
    url: 'https://help.salesforce.com/s/articleView?id=sf.forecasts3_overview.htm&type=5',
    title: 'Salesforce: collaborative forecasts overview',
    description: 'How forecast categories roll up.',
    tags: ['salesforce', 'forecasting'],
  },
];

const NOTES = [
  'Keep coming back to this one.',
  'Recommended by a colleague during onboarding.',
  'Useful reference for our team.',
  'Read before the next planning session.',
  '',
];

const SEED = 8_2026;
const TARGET_BOOKMARKS = 82;
const DAY_SECONDS = 86_400;

export interface BookmarkSeedCounts {
  bookmarks: number;
  links: number;
  private: number;
}

export async function seedBookmarks(client: Client): Promise<BookmarkSeedCounts> {
  const counts: BookmarkSeedCounts = { bookmarks: 0, links: 0, private: 0 };
  if ((await client.query('SELECT EXISTS (SELECT 1 FROM bookmarks) AS any')).rows[0].any)
    return counts;
  const people: { id: string; handle: string }[] = (
    await client.query(
      `SELECT id, lower(handle) AS handle FROM users WHERE status = 'active' ORDER BY handle`,
    )
  ).rows;
  if (people.length < 10) return counts;
  const rng = createRng(SEED);
  const rows: {
    ownerId: string;
    type: 'url' | 'post' | 'file';
    url: string | null;
    postId: string | null;
    fileId: string | null;
    key: string;
    title: string;
    description: string;
    tags: string[];
    isPrivate: boolean;
  }[] = [];
  const taken = new Set<string>();
  const add = (row: (typeof rows)[number]) => {
    if (taken.has(`${row.ownerId} ${row.key}`)) return false;
    taken.add(`${row.ownerId} ${row.key}`);
    rows.push(row);
    return true;
  };
  const link = (ownerId: string, l: DemoLink, isPrivate: boolean) => {
    const parsed = parseBookmarkUrl(l.url);
    if (!parsed.ok) throw new Error(`Demo bookmark URL refused: ${l.url} (${parsed.message})`);
    return add({
      ownerId,
      type: 'url',
      url: parsed.url,
      postId: null,
      fileId: null,
      key: parsed.key,
      title: l.title,
      description: rng.chance(0.6) ? l.description : rng.pick(NOTES),
      tags: l.tags,
      isPrivate,
    });
  };

  // The demo log-ins save a few things themselves, so "my bookmarks" is not empty.
  const ana = people.find((p) => p.handle === 'ana');
  const bo = people.find((p) => p.handle === 'bo');
  if (ana) for (const i of [0, 1, 23, 18]) link(ana.id, LINKS[i], false);
  if (bo) for (const i of [3, 5, 9]) link(bo.id, LINKS[i], i === 9);

  // Public posts and files people saved inside Outloud.
  const posts: { id: string; body: string }[] = (
    await client.query(
      `SELECT id, body FROM posts WHERE audience = 'public' AND deleted_at IS NULL
        ORDER BY like_count DESC, id LIMIT 6`,
    )
  ).rows;
  const files: { id: string; name: string; tags: string[] }[] = (
    await client.query(
      `SELECT id, name, tags FROM files WHERE audience = 'public' ORDER BY download_count DESC, id LIMIT 5`,
    )
  ).rows;
  for (const post of posts)
    add({
      ownerId: rng.pick(people).id,
      type: 'post',
      url: null,
      postId: post.id,
      fileId: null,
      key: `post:${post.id}`,
      title: post.body.replace(/\s+/g, ' ').slice(0, 120),
      description: '',
      tags: [],
      isPrivate: false,
    });
  for (const file of files)
    for (const owner of rng.pickMany(people, rng.int(1, 2)))
      add({
        ownerId: owner.id,
        type: 'file',
        url: null,
        postId: null,
        fileId: file.id,
        key: `file:${file.id}`,
        title: file.name,
        description: '',
        tags: file.tags,
        isPrivate: false,
      });

  // Links: a Zipf spread, so the first few are saved by many people.
  let attempts = 0;
  while (rows.length < TARGET_BOOKMARKS && attempts++ < 2000) {
    const l = LINKS[rng.zipfIndex(LINKS.length, 0.9)];
    link(rng.pick(people).id, l, rows.length % 11 === 5);
  }

  const progress = new Progress('bookmarks', rows.length);
  const batch = 40;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    await client.query(
      `INSERT INTO bookmarks (owner_id, target_type, url, post_id, file_id, target_key, title, description,
                              tags, is_private, created_at, updated_at)
       SELECT b.owner_id, b.type, b.url, b.post_id, b.file_id, b.key, b.title, b.description,
              ARRAY(SELECT jsonb_array_elements_text(b.tags)), b.private,
              now() - make_interval(secs => b.age), now() - make_interval(secs => b.age)
         FROM jsonb_to_recordset($1::jsonb) AS b(owner_id uuid, type text, url text, post_id uuid,
              file_id uuid, key text, title text, description text, tags jsonb, private boolean, age int)`,
      [
        JSON.stringify(
          slice.map((r) => ({
            owner_id: r.ownerId,
            type: r.type,
            url: r.url,
            post_id: r.postId,
            file_id: r.fileId,
            key: r.key,
            title: r.title,
            description: r.description,
            tags: r.tags,
            private: r.isPrivate,
            age: rng.int(3600, 55 * DAY_SECONDS),
          })),
        ),
      ],
    );
    progress.update(Math.min(i + batch, rows.length));
  }
  progress.finish();
  counts.bookmarks = rows.length;
  counts.links = rows.filter((r) => r.type === 'url').length;
  counts.private = rows.filter((r) => r.isPrivate).length;
  return counts;
}
