import { badInput, conflict, DomainError, ErrorCode, FieldProblem, notFound } from './errors';
import { CommonErrorReason } from './common-error-reason';

interface PgDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

/** What a user is told when the database refuses a write by the named constraint. */
export interface ConstraintError {
  code: ErrorCode;
  reason: string;
  message: string;
  fields?: FieldProblem[];
}

/**
 * Constraint names → what they mean to a user. Each lib exports the table for its own tables and the app combines
 * them, so the database stays the source of truth for invariants and one formatter translates its refusals.
 */
export type ConstraintErrorTable = Readonly<Record<string, ConstraintError>>;

/** One table out of the libs' tables; a name claimed twice would make one lib's words silently win, so it throws. */
export function combineConstraintErrors(...tables: ConstraintErrorTable[]): ConstraintErrorTable {
  const combined: Record<string, ConstraintError> = {};
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (name in combined) throw new Error(`Constraint ${name} is described twice`);
      combined[name] = entry;
    }
  }
  return Object.freeze(combined);
}

function driverErrorOf(error: unknown): PgDriverError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { driverError?: PgDriverError }).driverError ?? (error as PgDriverError);
  return typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) ? candidate : undefined;
}

/** Maps a PostgreSQL refusal to a domain error; anything unrecognised is returned unchanged (and becomes INTERNAL). */
export function toDomainError(error: unknown, constraints: ConstraintErrorTable = {}): unknown {
  if (error instanceof DomainError) return error;
  const pg = driverErrorOf(error);
  if (!pg) return error;
  const described = pg.constraint && Object.hasOwn(constraints, pg.constraint) ? constraints[pg.constraint] : undefined;
  if (described) return new DomainError(described.code, described.reason, described.message, described.fields);
  switch (pg.code) {
    case '23505':
      return conflict('That value is already taken', CommonErrorReason.DUPLICATE);
    case '23503':
      return notFound('A referenced record', '', CommonErrorReason.REFERENCE_NOT_FOUND);
    case '23514':
    case '22001':
    case '22P02':
      return badInput('The input breaks a rule of the data model', CommonErrorReason.CONSTRAINT_VIOLATION);
    case '40001':
    case '40P01':
      return conflict('Another change was made at the same time; try again', CommonErrorReason.CONCURRENT_UPDATE);
    case 'P0001':
      // Raised by our own triggers, whose messages are written for users (immutability of published data).
      return conflict(pg.message ?? 'The record cannot be changed', CommonErrorReason.IMMUTABLE);
    default:
      return error;
  }
}
