import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

const DIRECTORY = join(__dirname, 'migrations');

// A migration file nobody registers never runs, and the next one generated silently repeats or contradicts it.
describe('db/migrations/index.ts', () => {
  const files = readdirSync(DIRECTORY).filter((file) => file !== 'index.ts' && file.endsWith('.ts'));
  const fromFiles = new Map(
    files.map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(require(join(DIRECTORY, file)) as Record<string, unknown>).filter((value) => typeof value === 'function');
      return [file, exported];
    }),
  );

  it('names its files as TypeORM does: a timestamp, a dash and the class name', () => {
    expect(files.filter((file) => !/^\d{13}-[A-Za-z0-9]+\.ts$/.test(file))).toEqual([]);
  });

  it('registers every migration file, each exporting exactly one migration', () => {
    const unregistered = [...fromFiles].filter(([, exported]) => exported.length !== 1 || !MIGRATIONS.includes(exported[0] as never));
    expect(unregistered.map(([file]) => file)).toEqual([]);
  });

  it('registers nothing that is not a file here, each once', () => {
    const known = new Set([...fromFiles.values()].flat());
    expect(MIGRATIONS.filter((migration) => !known.has(migration)).map((migration) => migration.name)).toEqual([]);
    expect(new Set(MIGRATIONS).size).toBe(MIGRATIONS.length);
  });

  it('applies them in the order of their timestamps', () => {
    const stamps = MIGRATIONS.map((migration) => Number(/(\d{13})$/.exec(migration.name)?.[1]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(stamps.every(Number.isFinite)).toBe(true);
  });
});
