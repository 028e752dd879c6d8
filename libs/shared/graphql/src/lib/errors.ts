import { GraphQLError } from 'graphql';
import { CommonErrorReason } from './common-error-reason';

/** The fixed set of `extensions.code` values clients may rely on (DESIGN §8). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
}

export const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A refusal the caller can act on. `reason` is the stable, domain-level cause (`STALE_REVISION`, `BALLOT_CLOSED` …),
 * a value of the raising library's `…ErrorReason` enum; the message is for people and may change.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message, { extensions: { code, reason, ...(fields ? { fields } : {}) } });
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Authentication is required', reason: string = CommonErrorReason.UNAUTHENTICATED) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, reason, message);

export const forbidden = (message: string, reason: string = CommonErrorReason.NOT_PERMITTED) =>
  new DomainError(ErrorCode.FORBIDDEN, reason, message);

export const notFound = (what: string, id: string, reason: string = CommonErrorReason.NOT_FOUND) =>
  new DomainError(ErrorCode.NOT_FOUND, reason, `${what} ${id} does not exist`);

export const badInput = (message: string, reason: string = CommonErrorReason.INVALID_INPUT, fields?: FieldProblem[]) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, reason, message, fields);

export const conflict = (message: string, reason: string, fields?: FieldProblem[]) => new DomainError(ErrorCode.CONFLICT, reason, message, fields);

export const rateLimited = (message: string, retryAfterSeconds: number) => {
  const error = new DomainError(ErrorCode.RATE_LIMITED, CommonErrorReason.TOO_MANY_ATTEMPTS, message);
  error.extensions['retryAfterSeconds'] = retryAfterSeconds;
  return error;
};
