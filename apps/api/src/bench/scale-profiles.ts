/**
 * Data shapes for benchmarks (issue 8). `peer` is small and exact so numbers compare across
 * products; the intranet profiles have a realistic shape (Zipf activity, communities, replies,
 * likes, follows) at a tenth and at full size.
 */
export interface ScaleProfile {
  name: string;
  users: number;
  posts: number;
  replies: number;
  likes: number;
  communities: number;
  /** Follows per person: uniform in [min, max] (median in the middle). */
  follows: [number, number];
  days: number;
}

export const PROFILES: Record<string, ScaleProfile> = {
  peer: {
    name: 'peer',
    users: 200,
    posts: 100_000,
    replies: 0,
    likes: 0,
    communities: 0,
    follows: [0, 0],
    days: 30,
  },
  // A tenth of intranet-100k: seeds in seconds, for load and fault runs (tools/fault/mixed-load.ts).
  'intranet-10k': {
    name: 'intranet-10k',
    users: 200,
    posts: 10_000,
    replies: 20_000,
    likes: 50_000,
    communities: 10,
    follows: [30, 90],
    days: 365,
  },
  'intranet-100k': {
    name: 'intranet-100k',
    users: 2_000,
    posts: 100_000,
    replies: 200_000,
    likes: 500_000,
    communities: 30,
    follows: [30, 90],
    days: 365,
  },
  'intranet-1m': {
    name: 'intranet-1m',
    users: 20_000,
    posts: 1_000_000,
    replies: 2_000_000,
    likes: 5_000_000,
    communities: 300,
    follows: [30, 90],
    days: 365,
  },
};

/** About 110 common English words; "red" and "river" are deliberately absent. */
export const COMMON_WORDS = (
  'the be to of and a in that have it for not on with he as you do at this but his by from they we say her she or an will my ' +
  'one all would there their what so up out if about who get which go me when make can like time no just him know take people ' +
  'into year your good some could them see other than then now look only come its over think also back after use two how our ' +
  'work first well way even new want because any these give day most us team plan report meeting office project update question ' +
  'answer customer release budget travel laptop'
).split(' ');
