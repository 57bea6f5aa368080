import { audienceOfCommunity } from '@outloud/server-core';
import { Client } from 'pg';
import { createRng } from './prng';
import { Progress } from './progress';

/**
 * Demo communities of Northwind Ridge, of all three types, with owners, members, pending
 * requests and invitations; part of the seeded stream moves into them (posts whose tags match).
 * Runs after the stream seed, in the same transaction. Restricted communities' posts become
 * members-only, and everyone who posted or replied there is made a member.
 */

interface DemoCommunity {
  slug: string;
  name: string;
  type: 'open' | 'moderated' | 'restricted';
  department: string;
  tags: string[];
  description: string;
}

/** A community that was busy and went quiet: no posts in its last `quietDays` days. */
export const FADING_COMMUNITY = { slug: 'marketing-studio', quietDays: 40 } as const;

const COMMUNITIES: DemoCommunity[] = [
  {
    slug: 'it-help',
    name: 'IT Help',
    type: 'open',
    department: 'IT',
    tags: ['vpn', 'laptops', 'sso', 'wifi', 'printers', 'mdm'],
    description:
      'Ask anything about laptops, VPN, Wi-Fi, printers and accounts. Someone usually answers within the hour.',
  },
  {
    slug: 'platform-engineering',
    name: 'Platform Engineering',
    type: 'open',
    department: 'Engineering',
    tags: ['kubernetes', 'postgresql', 'ci-cd', 'observability', 'terraform'],
    description:
      'Clusters, databases, pipelines and dashboards. Share upgrades and ask before you page someone.',
  },
  {
    slug: 'incident-review',
    name: 'Incident Review',
    type: 'moderated',
    department: 'Engineering',
    tags: ['incident-response'],
    description:
      'Blameless write-ups of incidents and what we changed. Members post; everyone can read and learn.',
  },
  {
    slug: 'code-review-guild',
    name: 'Code Review Guild',
    type: 'open',
    department: 'Engineering',
    tags: ['code-review', 'open-source-licensing'],
    description: 'How we review code, and the licences we can use.',
  },
  {
    slug: 'product-roadmap',
    name: 'Product Roadmap',
    type: 'moderated',
    department: 'Product',
    tags: ['roadmapping', 'release-planning', 'a-b-testing'],
    description: 'Roadmap updates from product managers. Questions welcome in the comments.',
  },
  {
    slug: 'design-system',
    name: 'Design System',
    type: 'open',
    department: 'Design',
    tags: ['design-systems', 'accessibility', 'ux-research'],
    description: 'Components, tokens, accessibility and research findings.',
  },
  {
    slug: 'sales-desk',
    name: 'Sales Desk',
    type: 'open',
    department: 'Sales',
    tags: ['salesforce', 'rfps', 'enterprise-deals'],
    description: 'Deal questions, RFP answers and CRM tips.',
  },
  {
    slug: 'deal-desk-approvals',
    name: 'Deal Desk Approvals',
    type: 'restricted',
    department: 'Sales',
    tags: ['forecasting'],
    description:
      'Discount approvals and forecast calls. Members only: customer terms are discussed here.',
  },
  {
    slug: 'marketing-studio',
    name: 'Marketing Studio',
    type: 'open',
    department: 'Marketing',
    tags: ['webinars', 'brand', 'newsletters'],
    description: 'Campaigns, webinars, brand assets and the newsletter.',
  },
  {
    slug: 'customer-success',
    name: 'Customer Success',
    type: 'moderated',
    department: 'Customer Success',
    tags: ['renewals', 'onboarding', 'escalations', 'knowledge-base'],
    description: 'Renewals, onboarding and escalations. Join to post; everyone can read.',
  },
  {
    slug: 'finance-answers',
    name: 'Finance Answers',
    type: 'open',
    department: 'Finance',
    tags: ['expense-policy', 'vat', 'travel'],
    description: 'Expenses, VAT, travel booking: ask here instead of e-mailing Finance.',
  },
  {
    slug: 'finance-leads',
    name: 'Finance Leads',
    type: 'restricted',
    department: 'Finance',
    tags: ['budgeting'],
    description: 'Budget planning among finance leads. Members only.',
  },
  {
    slug: 'payroll-team',
    name: 'Payroll Team',
    type: 'restricted',
    department: 'People & Culture',
    tags: ['payroll'],
    description: 'Payroll runs and corrections. Members only: personal data.',
  },
  {
    slug: 'people-and-culture',
    name: 'People & Culture',
    type: 'open',
    department: 'People & Culture',
    tags: ['benefits', 'parental-leave', 'recruiting', 'performance-reviews', 'all-hands'],
    description: 'Benefits, leave, hiring and all-hands. Ask the People team.',
  },
  {
    slug: 'workplace',
    name: 'Workplace',
    type: 'open',
    department: 'Operations',
    tags: ['office-moves', 'facilities', 'first-aid'],
    description: 'Offices, moves, facilities and safety.',
  },
  {
    slug: 'legal-questions',
    name: 'Legal Questions',
    type: 'moderated',
    department: 'Legal',
    tags: ['gdpr', 'contracts'],
    description: 'GDPR and contract questions. Answers come from the legal team.',
  },
  {
    slug: 'security-champions',
    name: 'Security Champions',
    type: 'restricted',
    department: 'Security',
    tags: ['phishing', 'access-reviews'],
    description: 'Security champions coordinate phishing drills and access reviews. By invitation.',
  },
  {
    slug: 'data-and-insights',
    name: 'Data & Insights',
    type: 'open',
    department: 'Research',
    tags: ['dashboards', 'statistics'],
    description: 'Dashboards, metrics definitions and statistics help.',
  },
  {
    slug: 'working-out-loud',
    name: 'Working Out Loud',
    type: 'open',
    department: 'People & Culture',
    tags: ['working-out-loud', 'kudos', 'mentoring'],
    description: 'Share what you are working on, thank people, find a mentor.',
  },
  {
    slug: 'running-club',
    name: 'Running Club',
    type: 'open',
    department: '*',
    tags: ['running-club', 'cycling'],
    description: 'Lunch runs, races and the odd bike ride.',
  },
  {
    slug: 'book-club',
    name: 'Book Club',
    type: 'moderated',
    department: '*',
    tags: ['book-club'],
    description: 'One book a month. Ask to join and say hello.',
  },
  {
    slug: 'iot-lab',
    name: 'IoT Lab',
    type: 'open',
    department: 'Research',
    tags: ['iot'],
    description:
      'Sensors, gateways and prototypes. Questions imported from the IoT Stack Exchange live here too.',
  },
  {
    slug: 'old-office-move-2024',
    name: 'Office Move 2024',
    type: 'open',
    department: 'Operations',
    tags: [],
    description: 'Coordination of the 2024 office move. Finished; kept for reference.',
  },
];

export async function seedCommunities(
  client: Client,
): Promise<{ communities: number; memberships: number; posts: number }> {
  const rng = createRng(4_2024);
  const people: { id: string; department: string; expertise: string[] }[] = (
    await client.query(
      `SELECT id, department, expertise FROM users WHERE status = 'active' ORDER BY handle`,
    )
  ).rows;
  const progress = new Progress('communities', COMMUNITIES.length);
  let memberships = 0;
  let moved = 0;
  for (const [index, c] of COMMUNITIES.entries()) {
    const insiders = people.filter((p) => c.department === '*' || p.department === c.department);
    const experts = people.filter((p) => p.expertise.some((e) => c.tags.includes(e)));
    const owners = rng.pickMany(
      insiders.length ? insiders : people,
      c.type === 'restricted' ? 1 : 2,
    );
    const dormant = c.slug === 'old-office-move-2024';
    const { rows } = await client.query(
      `INSERT INTO communities (slug, name, description, tags, type, created_by, created_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7), now() - make_interval(days => $7))
       RETURNING id`,
      [c.slug, c.name, c.description, c.tags, c.type, owners[0].id, dormant ? 400 : 90 + index],
    );
    const communityId: string = rows[0].id;
    const size = c.type === 'restricted' ? rng.int(5, 12) : rng.int(12, 60);
    const pool = [...new Set([...owners, ...experts, ...insiders])];
    const members = [
      ...owners,
      ...rng.pickMany(
        pool.filter((p) => !owners.includes(p)),
        Math.min(size, Math.max(pool.length - owners.length, 0)),
      ),
    ];
    await client.query(
      `INSERT INTO community_members (community_id, user_id, role, state)
       SELECT $1, m.user_id, m.role, 'member' FROM unnest($2::uuid[], $3::text[]) AS m(user_id, role)
       ON CONFLICT DO NOTHING`,
      [
        communityId,
        members.map((p) => p.id),
        members.map((p) => (owners.includes(p) ? 'owner' : 'member')),
      ],
    );
    memberships += members.length;
    // A few people waiting: requests in moderated communities, invitations in restricted ones.
    if (c.type !== 'open') {
      const waiting = rng.pickMany(
        people.filter((p) => !members.includes(p)),
        2,
      );
      await client.query(
        `INSERT INTO community_members (community_id, user_id, role, state, invited_by)
         SELECT $1, unnest($2::uuid[]), 'member', $3, $4 ON CONFLICT DO NOTHING`,
        [
          communityId,
          waiting.map((p) => p.id),
          c.type === 'moderated' ? 'requested' : 'invited',
          c.type === 'moderated' ? null : owners[0].id,
        ],
      );
    }
    if (c.tags.length) {
      // Half of the posts on the community's topics move into it; the fading community only
      // takes threads that were quiet for weeks (no post, reply or like since), so its
      // activity stops then (the demo dashboard's story).
      const { rows: candidates } = await client.query(
        `SELECT DISTINCT p.id FROM posts p JOIN post_tags t ON t.post_id = p.id
          WHERE t.tag = ANY($1) AND p.community_id IS NULL AND p.board_user_id IS NULL
            AND greatest(p.created_at,
                  (SELECT max(r.created_at) FROM replies r WHERE r.post_id = p.id),
                  (SELECT max(l.created_at) FROM likes l
                    WHERE (l.subject_type = 'post' AND l.subject_id = p.id)
                       OR (l.subject_type = 'reply'
                           AND l.subject_id IN (SELECT r.id FROM replies r WHERE r.post_id = p.id))))
                < now() - make_interval(days => $2)
          ORDER BY p.id`,
        [c.tags, c.slug === FADING_COMMUNITY.slug ? FADING_COMMUNITY.quietDays : 0],
      );
      const chosen = candidates.filter(() => rng.chance(0.5)).map((r: { id: string }) => r.id);
      if (chosen.length) {
        await client.query(
          `UPDATE posts SET community_id = $1, audience = $2 WHERE id = ANY($3::uuid[])`,
          [communityId, audienceOfCommunity(c.type), chosen],
        );
        if (c.type !== 'open') {
          // Everyone who wrote there was a member when they did.
          await client.query(
            `INSERT INTO community_members (community_id, user_id, role, state)
             SELECT $1, w.id, 'member', 'member' FROM (
               SELECT author_id AS id FROM posts WHERE id = ANY($2::uuid[])
               UNION SELECT author_id FROM replies WHERE post_id = ANY($2::uuid[])) w
             ON CONFLICT (community_id, user_id) DO UPDATE SET state = 'member'`,
            [communityId, chosen],
          );
        }
        moved += chosen.length;
      }
    }
    await client.query(
      `UPDATE communities SET
         member_count = (SELECT count(*) FROM community_members WHERE community_id = $1 AND state = 'member'),
         last_activity_at = coalesce((SELECT max(created_at) FROM posts WHERE community_id = $1), last_activity_at)
       WHERE id = $1`,
      [communityId],
    );
    progress.update(index + 1);
  }
  progress.finish();
  return { communities: COMMUNITIES.length, memberships, posts: moved };
}
