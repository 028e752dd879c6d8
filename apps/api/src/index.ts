// What the system tests and the benchmark drive in-process: the application as the server builds it, and the
// constraint-to-error table it answers with. Nothing else of the app is theirs to reach into.
export { createApp } from './create-app';
export type { CreateAppOptions } from './create-app';
export { drainAndClose } from './graceful-shutdown';
export { CONSTRAINT_ERRORS } from './constraint-errors';
