import { badInput, conflict, DomainError, notFound } from './errors';

interface PgDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

/**
 * Constraint names → what they mean to a user. Features register theirs at module load, so the database stays the
 * source of truth for invariants and this stays the one place that translates its refusals.
 */
const constraintMessages = new Map<string, () => DomainError>();

export function describeConstraint(name: string, toError: () => DomainError): void {
  constraintMessages.set(name, toError);
}

function driverErrorOf(error: unknown): PgDriverError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { driverError?: PgDriverError }).driverError ?? (error as PgDriverError);
  return typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) ? candidate : undefined;
}

/** Maps a PostgreSQL refusal to a domain error; anything unrecognised is returned unchanged (and becomes INTERNAL). */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const pg = driverErrorOf(error);
  if (!pg) return error;
  const described = pg.constraint ? constraintMessages.get(pg.constraint) : undefined;
  if (described) return described();
  switch (pg.code) {
    case '23505':
      return conflict('That value is already taken', 'DUPLICATE');
    case '23503':
      return notFound('A referenced record', '', 'REFERENCE_NOT_FOUND');
    case '23514':
    case '22001':
    case '22P02':
      return badInput('The input breaks a rule of the data model', 'CONSTRAINT_VIOLATION');
    case '40001':
    case '40P01':
      return conflict('Another change was made at the same time; try again', 'CONCURRENT_UPDATE');
    case 'P0001':
      // Raised by our own triggers, whose messages are written for users (immutability of published data).
      return conflict(pg.message ?? 'The record cannot be changed', 'IMMUTABLE');
    default:
      return error;
  }
}
