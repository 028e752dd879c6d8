import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const MODULE_CACHE = join(ROOT, 'scripts', 'module-cache.js');

interface Run {
  output: string;
  statistics: { cached: number; compiled: number; byNode: number; resolved: number; lookedUp: number };
}

/**
 * scripts/run-ts.js as `npm start` and `npm run concord` use it, on a small program of its own, with a cache directory
 * of this test's: what a developer gets from a second start, an edit, a moved file and a broken cache.
 */
describe('running TypeScript from source (scripts/run-ts.js)', () => {
  let work: string;
  let program: string;
  let cache: string;

  const run = (): Promise<Run> =>
    new Promise((done, fail) => {
      execFile(process.execPath, ['scripts/run-ts.js', join(program, 'entry.ts')], { cwd: ROOT, env: { ...process.env, CONCORD_TS_CACHE_DIR: cache } }, (error, stdout, stderr) => {
        if (error) return fail(new Error(`run-ts.js failed: ${stderr}`));
        const lines = stdout.trim().split('\n');
        done({ output: lines.slice(0, -1).join('\n'), statistics: JSON.parse(lines[lines.length - 1]) });
      });
    });

  const write = (file: string, text: string) => writeFileSync(join(program, file), text);

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'concord-run-ts-'));
    program = join(work, 'program');
    cache = join(work, 'cache');
    mkdirSync(program);
    write(
      'entry.ts',
      [
        `import { moduleCacheStatistics } from ${JSON.stringify(MODULE_CACHE)};`,
        `import { greeting } from './greeting';`,
        `import { failing } from './failing';`,
        `console.log(greeting('world'));`,
        `try { failing(); } catch (error) { console.log(String((error as Error).stack).split('\\n')[1].trim()); }`,
        `import('node:os').then((os) => { console.log(typeof os.platform()); console.log(JSON.stringify(moduleCacheStatistics())); });`,
      ].join('\n'),
    );
    write('greeting.ts', `export const greeting = (name: string): string => 'hello ' + name;\n`);
    write('failing.ts', ['interface Unused {', '  field: string;', '}', '', 'export function failing(): never {', `  throw new Error('on line 6');`, '}', ''].join('\n'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('compiles on the first run, then takes every module and path from the cache, with the same behaviour', async () => {
    const first = await run();
    expect(first.output).toBe(['hello world', `at failing (${join(program, 'failing.ts')}:6:9)`, 'string'].join('\n'));
    expect(first.statistics).toMatchObject({ cached: 0 });
    expect(first.statistics.compiled).toBeGreaterThan(0);

    const second = await run();
    expect(second.output).toBe(first.output);
    // The first run also compiled the TypeScript compiler's own modules, which a warm run does not load at all.
    expect(second.statistics).toMatchObject({ compiled: 0, resolved: 0 });
    expect(second.statistics.cached).toBeGreaterThanOrEqual(2);
  });

  it('runs the new code of an edited module, even one whose length is unchanged', async () => {
    await run();
    write('greeting.ts', `export const greeting = (name: string): string => 'howdy ' + name;\n`);
    const edited = await run();
    expect(edited.output.split('\n')[0]).toBe('howdy world');
    expect(edited.statistics.compiled).toBeGreaterThan(0);
    expect(edited.statistics.cached).toBeGreaterThan(0);
  });

  it('follows a module that moved to a directory of its own', async () => {
    await run();
    rmSync(join(program, 'greeting.ts'));
    mkdirSync(join(program, 'greeting'));
    write('greeting/index.ts', `export const greeting = (name: string): string => 'moved, hello ' + name;\n`);
    const moved = await run();
    expect(moved.output.split('\n')[0]).toBe('moved, hello world');
    expect(moved.statistics.resolved).toBeGreaterThan(0);
  });

  it('starts from scratch, and repairs the cache, when its file is cut short', async () => {
    const first = await run();
    const [file] = readdirSync(cache).filter((name) => name.startsWith('modules-'));
    truncateSync(join(cache, file), 1000);
    const broken = await run();
    expect(broken.output).toBe(first.output);
    expect(broken.statistics).toMatchObject({ cached: 0 });
    expect(broken.statistics.compiled).toBeGreaterThanOrEqual(2);
    expect((await run()).statistics).toMatchObject({ compiled: 0 });
  });
});
