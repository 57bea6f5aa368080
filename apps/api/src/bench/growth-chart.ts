import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench:chart` — draws docs/benchmarks/growth.svg from the newest JSON result of each
 * profile: p50 and p99 of feed, search and create at concurrency 8, one group per scenario, one bar
 * pair per data size. Plain SVG (no chart library on the server side); the numbers are printed on
 * the bars so the chart reads without colour too.
 */

interface Result {
  scenario: string;
  concurrency: number;
  p50: number;
  p99: number;
  throughput: number | null;
}
interface Run {
  profile: string;
  date: string;
  commit: string;
  results: Result[];
}

const DIR = 'docs/benchmarks';
const PROFILES: { name: string; label: string }[] = [
  { name: 'peer', label: 'peer · 100k posts, 200 people' },
  { name: 'intranet-100k', label: 'intranet · 100k posts, 2k people' },
  { name: 'intranet-1m', label: 'intranet · 1M posts, 20k people' },
];
const SCENARIOS: { match: string; label: string }[] = [
  { match: 'feed', label: 'home feed (c8)' },
  { match: 'search', label: 'two-word search (c8)' },
  { match: 'create', label: 'create, 3 mentions (c8)' },
];
const COLOURS = ['#1f6feb', '#8250df', '#bf3989'];

/** The newest run of each profile that has at least one of the charted scenarios. */
export function latestRuns(files: { name: string; text: string }[]): Run[] {
  const runs = files.map((f) => JSON.parse(f.text) as Run);
  return PROFILES.map(
    (p) =>
      runs
        .filter((r) => r.profile === p.name && r.results.some((x) => pick(x)))
        .sort((a, b) => b.date.localeCompare(a.date))[0],
  ).filter((r): r is Run => Boolean(r));
}

function pick(r: Result): string | undefined {
  if (r.concurrency < 2) return undefined;
  return SCENARIOS.find((s) => r.scenario.startsWith(s.match))?.match;
}

export function renderGrowthSvg(runs: Run[]): string {
  const width = 760;
  const height = 390;
  const top = 56;
  const bottom = 300;
  const left = 60;
  const groupWidth = (width - left - 20) / SCENARIOS.length;
  const values = runs.flatMap((r) => r.results.filter(pick).map((x) => x.p99));
  const max = Math.max(10, ...values) * 1.1;
  const y = (v: number) => Math.round((bottom - ((bottom - top) * v) / max) * 10) / 10;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="11">`,
    `<title id="t">Latency as data grows</title>`,
    `<desc id="d">p50 (solid) and p99 (light) latency in milliseconds of feed, search and create at concurrency 8, per data size.</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="14" font-weight="600">Latency as data grows — p50 (solid) and p99 (light), ms, concurrency 8</text>`,
  );
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(
      `<line x1="${left}" x2="${width - 20}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#555">${v.toFixed(0)}</text>`,
    );
  }
  SCENARIOS.forEach((s, si) => {
    const gx = Math.round(left + si * groupWidth);
    const barWidth = Math.round(((groupWidth - 40) / Math.max(1, runs.length)) * 10) / 10;
    runs.forEach((run, ri) => {
      // The newest row of a scenario (runs of a day accumulate in one file).
      const r = run.results.filter((x) => pick(x) === s.match).at(-1);
      if (!r) return;
      const x = gx + 20 + ri * barWidth;
      const colour = COLOURS[PROFILES.findIndex((p) => p.name === run.profile) % COLOURS.length];
      parts.push(
        `<rect x="${x}" y="${y(r.p99)}" width="${barWidth - 6}" height="${bottom - y(r.p99)}" fill="${colour}" opacity="0.3"/>`,
        `<rect x="${x + 6}" y="${y(r.p50)}" width="${barWidth - 18}" height="${bottom - y(r.p50)}" fill="${colour}"/>`,
        `<text x="${x + (barWidth - 6) / 2}" y="${y(r.p99) - 4}" text-anchor="middle">${r.p99}</text>`,
        `<text x="${x + (barWidth - 6) / 2}" y="${Math.min(y(r.p50) - 4, bottom - 4)}" text-anchor="middle" fill="#fff">${r.p50}</text>`,
      );
    });
    parts.push(
      `<text x="${gx + groupWidth / 2}" y="${bottom + 18}" text-anchor="middle" font-weight="600">${escapeXml(s.label)}</text>`,
    );
  });
  runs.forEach((run, ri) => {
    const p = PROFILES.find((x) => x.name === run.profile)!;
    const colour = COLOURS[PROFILES.indexOf(p) % COLOURS.length];
    const ly = bottom + 32 + ri * 17;
    parts.push(
      `<rect x="${left}" y="${ly}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${left + 18}" y="${ly + 10}">${escapeXml(`${p.label} (${run.date.slice(0, 10)}, ${run.commit})`)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

if (require.main === module) {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8') }));
  const runs = latestRuns(files);
  writeFileSync(join(DIR, 'growth.svg'), renderGrowthSvg(runs));
  process.stdout.write(
    `docs/benchmarks/growth.svg: ${runs.map((r) => `${r.profile} (${r.date.slice(0, 10)})`).join(', ')}\n`,
  );
}
