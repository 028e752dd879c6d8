#!/usr/bin/env node
// Builds the web application (apps/web → apps/web/dist) only when its sources changed since the last build, so that
// `npm start`, `npm install` and the browser tests can all ask for it without paying for a build each time.
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const WEB = path.join(ROOT, 'apps/web');
const DIST = path.join(WEB, 'dist');
const HASH_FILE = path.join(DIST, '.source-hash');
const EXTRA_INPUTS = ['schema.graphql', 'package-lock.json'];
const LOCK = path.join(ROOT, 'node_modules/.cache/concord-build-web.lock');
const LOCK_STALE_MS = 10 * 60 * 1000;

const HELP = `usage: node scripts/build-web.js [--help]

Builds the web application with Vite (apps/web/vite.config.ts, output apps/web/dist) when a hash of its sources
(apps/web except dist, schema.graphql, package-lock.json) differs from the one recorded in apps/web/dist/.source-hash.
Prints one line: built (and how long it took) or up to date.`;

/** Every file under dir, relative to ROOT, sorted so the hash does not depend on the directory's order. */
function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === DIST || entry.name === 'node_modules' ? [] : listFiles(full);
    return entry.isFile() ? [path.relative(ROOT, full)] : [];
  });
}

function sourceHash() {
  const hash = createHash('sha256');
  const files = [...listFiles(WEB), ...EXTRA_INPUTS.filter((file) => fs.existsSync(path.join(ROOT, file)))].sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function recordedHash() {
  return fs.existsSync(HASH_FILE) ? fs.readFileSync(HASH_FILE, 'utf8').trim() : '';
}

/** Two builds at once (parallel test files, a start during an install) would write the same dist: one waits. */
function withLock(fn) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (age > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds if needed; returns { built, seconds }. Throws with Vite's output when the build fails, and when apps/web
 * does not exist (code WEB_APP_MISSING).
 */
function ensureWebBuilt() {
  if (!fs.existsSync(WEB)) throw Object.assign(new Error(`${path.relative(ROOT, WEB)} does not exist`), { code: 'WEB_APP_MISSING' });
  return withLock(() => {
    const hash = sourceHash();
    if (hash === recordedHash()) return { built: false, seconds: 0 };
    const started = Date.now();
    const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      throw new Error(`The web application's build failed (npx vite build --config apps/web/vite.config.ts):\n${result.stdout}${result.stderr}${result.error ?? ''}`);
    }
    fs.writeFileSync(HASH_FILE, `${hash}\n`);
    return { built: true, seconds: (Date.now() - started) / 1000 };
  });
}

function main(args) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  if (args.length > 0) {
    console.error(`build-web: unknown argument ${args[0]}\n\n${HELP}`);
    return 2;
  }
  try {
    const { built, seconds } = ensureWebBuilt();
    console.log(built ? `build-web: built apps/web/dist in ${seconds.toFixed(1)} s` : 'build-web: apps/web/dist is up to date');
    return 0;
  } catch (error) {
    // Only an absent app is fine (an install before apps/web exists); a failing build must fail loudly.
    if (error.code === 'WEB_APP_MISSING') {
      console.log(`build-web: ${error.message}, nothing to build`);
      return 0;
    }
    console.error(`build-web: ${error.message}`);
    return 1;
  }
}

module.exports = { ensureWebBuilt, sourceHash, WEB_DIST_DIR: DIST };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
