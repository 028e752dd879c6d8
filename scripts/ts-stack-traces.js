// Stack traces name the .ts line and column of each frame in Concord's own code. Node's own source-map support would
// read, parse and keep the map of every module as it loads (~0.1 s of each start) and only for modules Node compiled
// itself; here a file's map is read the first time one of its frames is printed.
const { SourceMap } = require('node:module');

const FRAME = '\n    at ';

/** `sourceMapOf(filename)` returns the source-map payload of a loaded .ts file, or undefined. */
function mapTypeScriptStackTraces(sourceMapOf) {
  const maps = new Map();
  const mapOf = (filename) => {
    if (!maps.has(filename)) {
      let map = null;
      try {
        const payload = sourceMapOf(filename);
        if (payload) map = new SourceMap(payload);
      } catch {
        // A file changed or removed since it loaded keeps its compiled positions.
      }
      maps.set(filename, map);
    }
    return maps.get(filename);
  };

  const frame = (site) => {
    const text = String(site);
    const filename = site.getFileName();
    if (!filename?.endsWith('.ts')) return text;
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    const entry = mapOf(filename)?.findEntry(line - 1, column - 1);
    if (!entry || entry.originalLine === undefined) return text;
    return text.replace(`${filename}:${line}:${column}`, `${filename}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
  };

  // The text V8 and Node would print, frame for frame, with the .ts positions put in.
  Error.prepareStackTrace = (error, sites) => {
    let heading;
    try {
      heading = Error.prototype.toString.call(error);
    } catch {
      heading = '<error>';
    }
    return heading + sites.map((site) => FRAME + frame(site)).join('');
  };
}

module.exports = { mapTypeScriptStackTraces };
