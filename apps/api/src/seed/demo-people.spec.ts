import { DEMO_COMPANY, demoPeople, toAsciiSlug } from './demo-people';
import { createRng } from './prng';

// The same rules as libs/shared/contracts (handle.ts, limits.ts), restated so this spec fails
// loudly if the seed ever drifts from what sign-up would accept.
const HANDLE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9_]$/;
const RESERVED = [
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
];
const TAG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('demoPeople', () => {
  const people = demoPeople();

  it('is deterministic for the same count and seed', () => {
    expect(demoPeople()).toEqual(people);
    expect(demoPeople(50, 3)).toEqual(demoPeople(50, 3));
  });

  it('varies with the seed but keeps the fixed people first', () => {
    const other = demoPeople(240, 8);
    expect(other).not.toEqual(people);
    expect(other.slice(0, 2)).toEqual(people.slice(0, 2));
  });

  it('honours the requested count', () => {
    expect(people.length).toBeGreaterThanOrEqual(200);
    expect(demoPeople(0)).toEqual([]);
    expect(demoPeople(1).map((p) => p.handle)).toEqual(['ana']);
    expect(demoPeople(500)).toHaveLength(500);
    expect(() => demoPeople(-1)).toThrow(RangeError);
  });

  it('gives everyone a unique, valid handle and e-mail address', () => {
    for (const { handle } of demoPeople(500)) {
      expect(handle).toMatch(HANDLE_PATTERN);
      expect(handle.length).toBeGreaterThanOrEqual(2);
      expect(handle.length).toBeLessThanOrEqual(30);
      expect(RESERVED).not.toContain(handle.toLowerCase());
    }
    expect(new Set(people.map((p) => p.handle.toLowerCase())).size).toBe(people.length);
    expect(new Set(people.map((p) => p.email.toLowerCase())).size).toBe(people.length);
    for (const { email } of people) expect(email).toMatch(/^[a-z0-9_-]+@northwind\.example$/);
  });

  it('respects the profile limits', () => {
    for (const p of people) {
      expect(p.displayName.length).toBeGreaterThan(0);
      expect(p.displayName.length).toBeLessThanOrEqual(80);
      expect(p.jobTitle.length).toBeLessThanOrEqual(100);
      expect(p.department.length).toBeLessThanOrEqual(100);
      expect(p.location.length).toBeLessThanOrEqual(100);
      expect(p.bio.length).toBeLessThanOrEqual(1000);
      expect(p.expertise.length).toBeGreaterThanOrEqual(2);
      expect(p.expertise.length).toBeLessThanOrEqual(6);
      expect(new Set(p.expertise).size).toBe(p.expertise.length);
      for (const tag of p.expertise) {
        expect(tag).toMatch(TAG_PATTERN);
        expect(tag.length).toBeLessThanOrEqual(40);
      }
    }
  });

  it('looks like a real organisation', () => {
    expect(new Set(people.map((p) => p.department)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(people.map((p) => p.location)).size).toBeGreaterThanOrEqual(8);
    const emptyBios = people.filter((p) => p.bio === '').length / people.length;
    expect(emptyBios).toBeGreaterThan(0.05);
    expect(emptyBios).toBeLessThan(0.3);
    expect(people.some((p) => /[^\x00-\x7f]/.test(p.displayName))).toBe(true);
    const heads = people.filter((p) => p.jobTitle.startsWith('Head of') && p.handle !== 'ana');
    expect(new Set(heads.map((p) => p.department)).size).toBe(heads.length);
  });

  it('starts with the demo admin and IT moderator', () => {
    expect(people[0]).toMatchObject({
      handle: 'ana',
      displayName: 'Ana Lindqvist',
      jobTitle: 'Head of Internal Communications',
      department: 'People & Culture',
      location: 'Stockholm',
      role: 'admin',
    });
    expect(people[1]).toMatchObject({
      handle: 'bo',
      displayName: 'Bo Eriksson',
      jobTitle: 'IT Support Lead',
      department: 'IT',
      location: 'Gothenburg',
      role: 'moderator',
    });
    expect(people[1].expertise).toEqual(['vpn', 'laptops', 'sso']);
    expect(people.filter((p) => p.role === 'admin')).toHaveLength(1);
    expect(people.filter((p) => p.role === 'moderator')).toHaveLength(4);
    expect(DEMO_COMPANY).toEqual({ name: 'Northwind Ridge', domain: 'northwind.example' });
  });

  it('transliterates names to ASCII', () => {
    expect(toAsciiSlug('Åsa')).toBe('asa');
    expect(toAsciiSlug('Lindström')).toBe('lindstrom');
    expect(toAsciiSlug('José')).toBe('jose');
    expect(toAsciiSlug('Weiß')).toBe('weiss');
    expect(toAsciiSlug('Łukasz')).toBe('lukasz');
    expect(toAsciiSlug('Yılmaz')).toBe('yilmaz');
    expect(toAsciiSlug('Đặng')).toBe('dang');
    expect(toAsciiSlug('O’Connor')).toBe('oconnor');
    expect(toAsciiSlug('de Vries')).toBe('devries');
  });
});

describe('createRng', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => createRng(43).next())).not.toEqual(seqA);
  });

  it('keeps helpers within their ranges', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      const z = rng.zipfIndex(4, 1);
      expect(z).toBeGreaterThanOrEqual(0);
      expect(z).toBeLessThan(4);
    }
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
    const picked = rng.pickMany([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.pickMany([1, 2], 5).sort()).toEqual([1, 2]);
    const input = [1, 2, 3, 4, 5];
    expect(rng.shuffle(input).sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5]);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('favours low indexes in zipfIndex', () => {
    const rng = createRng(9);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5000; i++) counts[rng.zipfIndex(5, 1)]++;
    expect(counts[0]).toBeGreaterThan(counts[1]);
    expect(counts[1]).toBeGreaterThan(counts[4]);
  });
});
