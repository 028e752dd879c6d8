// Lets Node require Concord's TypeScript straight from source, with no build step to forget. SWC transpiles each
// file once (keeping the decorator metadata that NestJS and TypeORM need) and the JavaScript is cached on disk keyed
// by the file's content, so a warm start loads no compiler at all; tsconfig paths resolve the @concord/* libraries.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cacheDir = process.env.CONCORD_TS_CACHE_DIR || path.join(root, 'node_modules', '.cache', 'concord-ts');

// What `tsc` would emit for tsconfig.base.json (ES2022, node16 modules as CommonJS, legacy decorators with metadata,
// define semantics for class fields), written out so that no TypeScript or ts-node needs loading to learn it.
const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', tsx: false, decorators: true, dynamicImport: true },
    target: 'es2022',
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    keepClassNames: true,
  },
  // Dynamic import() stays native, as under module node16, so ESM-only packages still load.
  module: { type: 'commonjs', strictMode: true, noInterop: false, ignoreDynamic: true },
  sourceMaps: 'inline',
};

let swc;
let cacheKeyPrefix;

function keyPrefix() {
  if (!cacheKeyPrefix) {
    const swcVersion = require('@swc/core/package.json').version;
    cacheKeyPrefix = `${swcVersion}\0${JSON.stringify(SWC_OPTIONS)}\0`;
  }
  return cacheKeyPrefix;
}

function transpile(source, filename) {
  swc ??= require('@swc/core');
  return swc.transformSync(source, { ...SWC_OPTIONS, filename, swcrc: false, configFile: false }).code;
}

function compiled(source, filename) {
  const key = crypto.createHash('sha256').update(keyPrefix()).update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, key.slice(0, 2), `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const code = transpile(source, filename);
    // Written aside and renamed, so processes starting side by side never read half a file.
    try {
      fs.mkdirSync(path.dirname(cached), { recursive: true });
      const partial = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, cached);
    } catch {
      // A read-only checkout still runs; it transpiles on every start.
    }
    return code;
  }
}

// The compiled code ends in an inline source map, three fifths of its size: V8 is given the code without it (it would
// keep every module's map in memory as part of its source), and stack traces are mapped back to the .ts lines from the
// cached file only when one is printed.
const SOURCE_MAP_COMMENT = '\n//# sourceMappingURL=data:application/json;base64,';

function withoutSourceMap(code) {
  const at = code.lastIndexOf(SOURCE_MAP_COMMENT);
  return at === -1 ? code : code.slice(0, at + 1);
}

function sourceMapOf(filename) {
  const code = compiled(fs.readFileSync(filename, 'utf8'), filename);
  const at = code.lastIndexOf(SOURCE_MAP_COMMENT);
  return at === -1 ? undefined : JSON.parse(Buffer.from(code.slice(at + SOURCE_MAP_COMMENT.length).trim(), 'base64').toString('utf8'));
}

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  module._compile(withoutSourceMap(compiled(fs.readFileSync(filename, 'utf8'), filename)), filename);
};
require('./ts-stack-traces').mapTypeScriptStackTraces(sourceMapOf);

// tsconfig.base.json names each library exactly (no wildcards): one lookup, where a general path matcher probed
// every request against every pattern.
const Module = require('node:module');
const libraries = new Map(
  Object.entries(require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths).map(([name, [target]]) => {
    if (name.includes('*')) throw new Error(`tsconfig.base.json: the path "${name}" has a wildcard; name each library exactly`);
    return [name, path.join(root, target)];
  }),
);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveLibrary(request, ...rest) {
  return resolveFilename.call(this, libraries.get(request) ?? request, ...rest);
};

module.exports = { cacheDir };
