import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';

const root = join(__dirname, '../../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
  os?: string[];
}

/** The oldest Node.js package.json promises: what `npm install` on that version must accept quietly. */
const promised = minVersion(JSON.parse(read('package.json')).engines.node)?.version ?? 'unknown';

describe('Node.js version', () => {
  it('is one every locked package supports (no EBADENGINE warning on install)', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, LockedPackage>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path.startsWith('node_modules/') || path.includes('/node_modules/'))
      .filter(([, pkg]) => {
        const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
        return range !== undefined && !satisfies(promised, range, { includePrerelease: true });
      })
      .map(([path, pkg]) => `${path.replace(/^.*node_modules\//, '')}@${pkg.version}`);
    expect(refusing).toEqual([]);
  });

  it('is the one the README tells people to install', () => {
    const [major, minor] = promised.split('.');
    expect(read('README.md')).toContain(`Node.js ${major}.${minor}+`);
  });
});
