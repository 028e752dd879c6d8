#!/usr/bin/env node
// Runs a TypeScript entry point from source (see register-ts.js): no build step to forget.
const path = require('node:path');
process.env.NX_NO_CLOUD = 'true';
process.env.NX_DAEMON = 'false';
require('./register-ts');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.js <entry.ts> [args...]');
  process.exit(2);
}
const file = path.resolve(__dirname, '..', entry);
process.argv = [process.argv[0], file, ...args];
require(file);
