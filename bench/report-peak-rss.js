// Preloaded into a process the bench measures: on exit it prints the process's peak resident memory, which only the
// process itself can still read at that moment.
const { writeSync } = require('node:fs');
process.on('exit', () => writeSync(2, `\nCONCORD_BENCH_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`));
