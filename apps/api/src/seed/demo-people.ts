import { z } from 'zod';
import raw from './data/people.json';
import { createRng, type Rng } from './prng';
import { parseSeedData, tag, text } from './seed-data';

/**
 * People of the fictional demo company. Pure and deterministic: the same (count, seed) always
 * gives the same people, so screenshots, docs and tests can rely on them.
 */
export interface DemoPerson {
  handle: string;
  displayName: string;
  email: string;
  jobTitle: string;
  department: string;
  location: string;
  bio: string;
  expertise: string[];
  role: 'admin' | 'moderator' | 'member';
}

const departmentSchema = z.strictObject({
  name: text,
  /** Rough share of headcount. */
  weight: z.number().positive(),
  /** Most senior first; the first title goes to exactly one person. */
  titles: z.array(text).min(2),
  expertise: z.array(tag).min(5),
  /** Verb phrases that follow "I ...". */
  duties: z.array(text).min(1),
});
type Department = z.infer<typeof departmentSchema>;

const peopleSchema = z.strictObject({
  /** `.example` is reserved (RFC 2606), so demo addresses can never reach a real inbox. */
  company: z.strictObject({ name: text, domain: z.string().endsWith('.example') }),
  departments: z.array(departmentSchema).min(1),
  /** Ordered by headcount; picked with a Zipf bias so the first is busiest, the last rarest. */
  locations: z.array(text).min(1),
  /** Tags anyone might list regardless of department. */
  generalExpertise: z.array(tag).min(1),
  /** What follows "Outside work you'll find me ...". */
  hobbies: z.array(text).min(1),
  /** Grouped by origin so most names hang together; some get a surname from another group. */
  nameOrigins: z
    .array(
      z.strictObject({
        weight: z.number().positive(),
        first: z.array(text).min(1),
        last: z.array(text).min(1),
      }),
    )
    .min(1),
  /** The people the docs and demo log-ins refer to by name (e-mail: handle@domain). */
  fixedPeople: z.array(
    z.strictObject({
      handle: text,
      displayName: text,
      jobTitle: text,
      department: text,
      location: text,
      bio: z.string(),
      expertise: z.array(tag),
      role: z.enum(['admin', 'moderator', 'member']),
    }),
  ),
  /** Display forms for tag words that are not simply lower case ("vpn": "VPN"). */
  tagWords: z.record(z.string(), text),
  /** Display forms for whole tags that read better as a phrase ("ci-cd": "CI/CD"). */
  tagPhrases: z.record(tag, text),
});

const DATA = parseSeedData('people.json', peopleSchema, raw);

export const DEMO_COMPANY = DATA.company;

// Mirrors RESERVED_HANDLES and LIMITS in libs/shared/contracts; kept local so the seed stays a
// leaf module. The spec checks the output against the same rules.
const RESERVED = new Set([
  'admin',
  'administrator',
  'all',
  'channel',
  'everyone',
  'here',
  'me',
  'outloud',
  'root',
  'settings',
  'support',
  'system',
]);
const HANDLE_MAX = 30;

const DEPARTMENTS = DATA.departments;
const LOCATIONS = DATA.locations;
const GENERAL_EXPERTISE = DATA.generalExpertise;
const HOBBIES = DATA.hobbies;
const NAME_ORIGINS = DATA.nameOrigins;
const FIXED_PEOPLE: readonly DemoPerson[] = DATA.fixedPeople.map((p) => ({
  ...p,
  email: `${p.handle}@${DEMO_COMPANY.domain}`,
}));

const EXTRA_MODERATORS = 3;
const EMPTY_BIO_SHARE = 0.15;
/** Departments whose people plausibly moderate an intranet. */
const MODERATOR_DEPARTMENTS = new Set([
  'People & Culture',
  'IT',
  'Legal',
  'Customer Success',
  'Operations',
]);

export function demoPeople(count = 240, seed = 7): DemoPerson[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('count must be a non-negative integer');
  const rng = createRng(seed);
  const people: DemoPerson[] = FIXED_PEOPLE.slice(0, count).map((p) => ({
    ...p,
    expertise: [...p.expertise],
  }));
  const takenHandles = new Set(people.map((p) => p.handle.toLowerCase()));
  const takenNames = new Set(people.map((p) => p.displayName));
  const headsGiven = new Set<string>();

  while (people.length < count) {
    const department = DEPARTMENTS[rng.weightedIndex(DEPARTMENTS.map((d) => d.weight))];
    const { first, last } = uniqueName(rng, takenNames);
    const handle = uniqueHandle(handleCandidate(rng, first, last), takenHandles);
    const jobTitle = pickTitle(rng, department, headsGiven);
    const location = LOCATIONS[rng.zipfIndex(LOCATIONS.length, 0.9)];
    const expertise = pickExpertise(rng, department);
    people.push({
      handle,
      displayName: `${first} ${last}`,
      email: `${handle.toLowerCase()}@${DEMO_COMPANY.domain}`,
      jobTitle,
      department: department.name,
      location,
      bio: rng.chance(EMPTY_BIO_SHARE)
        ? ''
        : writeBio(rng, { department, jobTitle, location, expertise }),
      expertise,
      role: 'member',
    });
  }

  promoteModerators(rng, people);
  return people;
}

function uniqueName(rng: Rng, taken: Set<string>): { first: string; last: string } {
  let name = randomName(rng);
  // A real company has the odd namesake, but a demo reads better without them.
  for (let tries = 0; tries < 10 && taken.has(`${name.first} ${name.last}`); tries++)
    name = randomName(rng);
  taken.add(`${name.first} ${name.last}`);
  return name;
}

function randomName(rng: Rng): { first: string; last: string } {
  const origin = NAME_ORIGINS[rng.weightedIndex(NAME_ORIGINS.map((o) => o.weight))];
  const lastFrom = rng.chance(0.15) ? rng.pick(NAME_ORIGINS) : origin;
  return { first: rng.pick(origin.first), last: rng.pick(lastFrom.last) };
}

/** Letters that Unicode decomposition (NFD) does not reduce to ASCII. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
};

/** "Nguyễn" -> "nguyen", "de Vries" -> "devries", "Weiß" -> "weiss". */
export function toAsciiSlug(text: string): string {
  return text
    .replace(/[ßłŁıđĐøØæÆœŒþÞ]/g, (c) => TRANSLITERATIONS[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function handleCandidate(rng: Rng, first: string, last: string): string {
  const f = toAsciiSlug(first);
  const l = toAsciiSlug(last);
  const style = rng.next();
  if (style < 0.65) return `${f}_${l}`;
  if (style < 0.85) return `${f}${l.charAt(0)}`;
  return `${f}-${l}`;
}

/** Appends 2, 3, ... until the handle is free, trimming so it still fits. */
function uniqueHandle(candidate: string, taken: Set<string>): string {
  const tidy = (h: string) => h.slice(0, HANDLE_MAX).replace(/-+$/, '');
  let handle = tidy(candidate);
  for (
    let n = 2;
    taken.has(handle.toLowerCase()) || RESERVED.has(handle.toLowerCase()) || handle.length < 2;
    n++
  ) {
    const suffix = String(n);
    handle = tidy(candidate.slice(0, HANDLE_MAX - suffix.length)) + suffix;
  }
  taken.add(handle.toLowerCase());
  return handle;
}

/** One head per department (the first person drawn into it); everyone else below. */
function pickTitle(rng: Rng, department: Department, headsGiven: Set<string>): string {
  if (!headsGiven.has(department.name)) {
    headsGiven.add(department.name);
    return department.titles[0];
  }
  return rng.pick(department.titles.slice(1));
}

function pickExpertise(rng: Rng, department: Department): string[] {
  const tags = rng.pickMany(department.expertise, rng.int(2, 5));
  if (rng.chance(0.25)) tags.push(rng.pick(GENERAL_EXPERTISE));
  return [...new Set(tags)];
}

const TAG_WORDS: Readonly<Record<string, string>> = DATA.tagWords;
const TAG_PHRASES: Readonly<Record<string, string>> = DATA.tagPhrases;

function tagLabel(tag: string): string {
  return (
    TAG_PHRASES[tag] ??
    tag
      .split('-')
      .map((w) => TAG_WORDS[w] ?? w)
      .join(' ')
  );
}

/** "a", "a and b", "a, b and c" (or "or"). */
function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

interface BioContext {
  department: Department;
  jobTitle: string;
  location: string;
  expertise: readonly string[];
}

type BioTemplate = (
  c: BioContext & {
    duty: string;
    at: string;
    from: string;
    based: string;
    topics: (n: number, conj: 'and' | 'or') => string;
    hobby: string;
  },
) => string | null;

// Each template may decline (null) when it would read badly for this person.
const BIO_TEMPLATES: readonly BioTemplate[] = [
  (c) => `${capitalise(c.from)} I ${c.duty}. Ask me about ${c.topics(2, 'and')}.`,
  (c) => `${capitalise(c.based)}, I ${c.duty}.`,
  (c) => `I ${c.duty}. Happy to help with ${c.topics(3, 'or')}.`,
  (c) => `Most days I ${c.duty}. Outside work you’ll find me ${c.hobby}.`,
  (c) =>
    isLeadTitle(c.jobTitle) || c.jobTitle.includes(c.department.name)
      ? null
      : `${c.jobTitle} in ${c.department.name}, ${c.based}. Ask me about ${c.topics(2, 'or')}.`,
  (c) =>
    isLeadTitle(c.jobTitle)
      ? `I lead ${c.department.name} ${c.at}. My door is open, especially for questions about ${c.topics(2, 'and')}.`
      : null,
  (c) => `Part of the ${c.department.name} team, ${c.based}. I ${c.duty}.`,
];

function writeBio(rng: Rng, context: BioContext): string {
  const remote = context.location === 'Remote';
  const labels = context.expertise.map(tagLabel);
  const fill = {
    ...context,
    duty: rng.pick(context.department.duties),
    at: remote ? 'remotely' : `in ${context.location}`,
    // Leading with the place reads naturally whatever the duty is.
    from: remote ? 'working remotely,' : `from our ${context.location} office`,
    based: remote ? 'working remotely' : `based in ${context.location}`,
    topics: (n: number, conj: 'and' | 'or') => listOf(labels.slice(0, n), conj),
    hobby: rng.pick(HOBBIES),
  };
  for (const template of rng.shuffle(BIO_TEMPLATES)) {
    const bio = template(fill);
    if (bio) return bio;
  }
  return '';
}

function isLeadTitle(jobTitle: string): boolean {
  return jobTitle.startsWith('Head of') || jobTitle === 'General Counsel';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A few more moderators, preferring departments that usually look after an intranet. */
function promoteModerators(rng: Rng, people: DemoPerson[]): void {
  const members = people.filter((p) => p.role === 'member');
  const preferred = members.filter((p) => MODERATOR_DEPARTMENTS.has(p.department));
  const pool = preferred.length >= EXTRA_MODERATORS ? preferred : members;
  for (const person of rng.pickMany(pool, EXTRA_MODERATORS)) person.role = 'moderator';
}
