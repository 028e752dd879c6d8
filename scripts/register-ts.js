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

// Source maps for Concord's own TypeScript only, so its stack traces name .ts lines: with them on for every module,
// Node also reads and parses the source map of each package file it loads, ~0.12 s of every start. Node decides per
// module as it compiles it, so the maps are on while a .ts file compiles and off while a package's .js does; the
// state a .js load found is put back after it, which leaves them on, and stack traces mapped, once loading is done.
let sourceMaps = false;
function useSourceMaps(enabled) {
  if (enabled === sourceMaps) return;
  process.setSourceMapsEnabled(enabled);
  sourceMaps = enabled;
}

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  useSourceMaps(true);
  module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename), filename);
};
const loadJavaScript = require.extensions['.js'];
require.extensions['.js'] = function loadJavaScriptWithoutSourceMaps(module, filename) {
  const before = sourceMaps;
  useSourceMaps(false);
  try {
    return loadJavaScript(module, filename);
  } finally {
    useSourceMaps(before);
  }
};
useSourceMaps(true);

require('tsconfig-paths').register({
  baseUrl: root,
  paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths,
});
