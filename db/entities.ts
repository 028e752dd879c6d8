import { AUTH_ENTITIES } from '@concord/auth';

/** Every entity Concord persists, one list for the API, the CLI and migration generation. */
export const ENTITIES = [...AUTH_ENTITIES];
