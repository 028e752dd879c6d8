// Keeps, between runs of an entry point, what loading its ~3,300 CommonJS modules cost most: the code V8 compiled for
// each, and where each `require` led. A warm start then deserialises bytecode instead of parsing and compiling, and
// looks a path up instead of probing the file system for it: together about half of the time a warm start spent
// loading modules (issue 16: warm start to first answer ≤ 1.5 s).
//
// A module's code is keyed by a hash of its file name and content, never by a date, so an edited or reinstalled
// module is compiled afresh; V8 itself refuses code made by another V8 version or under other flags, which is why the
// file is per entry point, Node version and command-line flags. Resolved paths hold while the installed packages
// (npm rewrites node_modules/.package-lock.json on every install), package.json and tsconfig.base.json's library
// paths are those they were found with, and while the file they name exists. The cache is written once the process
// has loaded nothing for a few seconds (or at its exit, if sooner), and only when something was missing; it holds what
// V8 compiled until then, the functions run during start-up included, not just the modules' top-level code.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const FORMAT = 0x43434332;
const KEY_BYTES = 20;
const QUIET_MS = 5000;
// Left to Node's own compiler: a module that may call import() (Node 20 loses a script's dynamic-import handler when
// V8 deserialises it from cached data: the import throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and one that changes
// V8's flags (the API's heap growth: it compiles before the change and would be saved after it, refused every time).
const COMPILED_BY_NODE = /\bimport\s*\(|\bsetFlagsFromString\b/;

const INSTALLED = /[\\/]node_modules[\\/]/;

const statistics = { cached: 0, compiled: 0, byNode: 0, resolved: 0, lookedUp: 0 };

/**
 * Installs the cache for this process's CommonJS modules. `name` tells entry points apart (their modules differ);
 * `root` is the project whose installed packages and settings the resolved paths depend on.
 */
function enableModuleCache({ directory, name, root }) {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  const variant = sha1(`${name}\0${flags}`).slice(0, 16);
  const file = path.join(directory, `modules-${process.version}-${process.arch}-${variant}.bin`);
  const installation = installationOf(root);
  const previous = readCache(file, installation);
  const loaded = new Map();
  const resolved = new Map();
  let changed = false;
  let quiet;
  const noteActivity = () => {
    quiet ??= setTimeout(save, QUIET_MS).unref();
    quiet.refresh();
  };

  const compileWithNode = Module.prototype._compile;
  const resolveWithNode = Module._resolveFilename;
  // Once written (or found complete), the cache is done with: what a long-running process loads later is compiled and
  // resolved by Node alone, and the scripts and the previous file's buffers are let go.
  function save() {
    clearTimeout(quiet);
    process.off('exit', save);
    if (Module.prototype._compile === compileWithCodeCache) Module.prototype._compile = compileWithNode;
    if (Module._resolveFilename === resolveWithCache) Module._resolveFilename = resolveWithNode;
    if (changed) writeCache(file, { installation, paths: { ...previous.paths, ...Object.fromEntries(resolved) } }, previous.code, loaded);
    previous.code.clear();
    loaded.clear();
    resolved.clear();
  }
  process.once('exit', save);

  function resolveWithCache(request, parent, isMain, options) {
    if (isMain || options || !parent?.filename || Module.isBuiltin(request)) return resolveWithNode.call(this, request, parent, isMain, options);
    const key = `${parent.path}\0${request}`;
    const known = previous.paths[key];
    // An installed package's files change only with an install, which changes the installation the paths are kept
    // under: only the project's own files are looked for (a renamed source file), ~3,000 fewer calls a start.
    if (known !== undefined && (INSTALLED.test(known) || fs.existsSync(known))) {
      statistics.lookedUp++;
      return known;
    }
    const filename = resolveWithNode.call(this, request, parent, isMain, options);
    statistics.resolved++;
    resolved.set(key, filename);
    changed = true;
    noteActivity();
    return filename;
  }

  let depth = 0;
  function compileWithCodeCache(content, filename, format) {
    // The outermost module goes through Node, which sets up the file-status cache that every nested require then
    // resolves with; so does ES-module syntax, which Node detects and loads its own way.
    if (depth === 0 || format === 'module' || COMPILED_BY_NODE.test(content)) {
      statistics.byNode++;
      depth++;
      try {
        return compileWithNode.call(this, content, filename, format);
      } finally {
        depth--;
      }
    }
    const key = sha1(`${filename}\0${content}`);
    const cachedData = previous.code.get(key)?.data;
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch (error) {
      // Node reports a syntax error with its own hints (and loads a module it can parse as an ES module).
      if (error instanceof SyntaxError) return compileWithNode.call(this, content, filename, format);
      throw error;
    }
    if (cachedData && !script.cachedDataRejected) statistics.cached++;
    else {
      statistics.compiled++;
      changed = true;
    }
    loaded.set(key, { filename, script });
    noteActivity();

    const wrapper = script.runInThisContext({ displayErrors: true });
    depth++;
    try {
      return Reflect.apply(wrapper, this.exports, [this.exports, requireFor(this), this, filename, path.dirname(filename)]);
    } finally {
      depth--;
    }
  }
  Module.prototype._compile = compileWithCodeCache;
  Module._resolveFilename = resolveWithCache;
}

function sha1(text) {
  return crypto.createHash('sha1').update(text).digest('hex');
}

/** What the project's resolved paths depend on, beyond the files themselves. */
function installationOf(root) {
  const read = (file) => {
    try {
      return fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      return '';
    }
  };
  let installed = '';
  try {
    const lock = fs.statSync(path.join(root, 'node_modules', '.package-lock.json'));
    installed = `${lock.size}:${lock.mtimeMs}`;
  } catch {
    // No record of an npm install: the paths are kept only while package.json and tsconfig are unchanged.
  }
  return sha1(`${root}\0${installed}\0${read('package.json')}\0${read('tsconfig.base.json')}`);
}

/** The `require` a module's code is called with, as Node builds it. */
function requireFor(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/**
 * { code: key → { filename, data }, paths: parent directory + request → filename }; a missing, foreign or truncated
 * file is an empty cache, never a failed start, and paths found under another installation are not used.
 */
function readCache(file, installation) {
  const cache = { code: new Map(), paths: {} };
  let blob;
  try {
    blob = fs.readFileSync(file);
  } catch {
    return cache;
  }
  try {
    if (blob.readUInt32LE(0) !== FORMAT) return cache;
    const resolutionsLength = blob.readUInt32LE(4);
    const resolutions = JSON.parse(blob.toString('utf8', 8, 8 + resolutionsLength));
    if (resolutions.installation === installation) cache.paths = resolutions.paths;
    let offset = 8 + resolutionsLength;
    const count = blob.readUInt32LE(offset);
    offset += 4;
    for (let index = 0; index < count; index++) {
      const key = blob.toString('hex', offset, offset + KEY_BYTES);
      offset += KEY_BYTES;
      const nameLength = blob.readUInt16LE(offset);
      const filename = blob.toString('utf8', offset + 2, offset + 2 + nameLength);
      offset += 2 + nameLength;
      const dataLength = blob.readUInt32LE(offset);
      offset += 4;
      if (offset + dataLength > blob.length) throw new RangeError('truncated');
      cache.code.set(key, { filename, data: blob.subarray(offset, offset + dataLength) });
      offset += dataLength;
    }
  } catch {
    return { code: new Map(), paths: {} };
  }
  return cache;
}

/**
 * The paths, and this run's modules with the previous file's code for modules this run did not load (another command of
 * the same entry point loads others); code for an older content of a module loaded now is dropped.
 */
function writeCache(file, resolutions, previousCode, loaded) {
  const loadedFiles = new Set([...loaded.values()].map((entry) => entry.filename));
  const entries = [...loaded].map(([key, { filename, script }]) => [key, filename, script.createCachedData()]);
  for (const [key, { filename, data }] of previousCode) if (!loaded.has(key) && !loadedFiles.has(filename)) entries.push([key, filename, data]);

  const json = Buffer.from(JSON.stringify(resolutions), 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32LE(FORMAT, 0);
  head.writeUInt32LE(json.length, 4);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(entries.length, 0);
  const parts = [head, json, count];
  for (const [key, filename, data] of entries) {
    const name = Buffer.from(filename, 'utf8');
    const nameLength = Buffer.alloc(2);
    nameLength.writeUInt16LE(name.length, 0);
    const dataLength = Buffer.alloc(4);
    dataLength.writeUInt32LE(data.length, 0);
    parts.push(Buffer.from(key, 'hex'), nameLength, name, dataLength, data);
  }
  // Written aside and renamed, so processes starting side by side never read half a file.
  const partial = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(partial, Buffer.concat(parts));
    fs.renameSync(partial, file);
  } catch {
    // A read-only checkout still runs; it compiles and resolves on every start.
    fs.rmSync(partial, { force: true });
  }
}

/** How this process's modules were loaded so far: compiled from the cache, afresh into it, or by Node alone; paths
 * resolved by Node or looked up. */
function moduleCacheStatistics() {
  return { ...statistics };
}

module.exports = { enableModuleCache, moduleCacheStatistics };
