/**
 * Why a consumer refuses what it was served: printed as `REFUSED (<code>)` by the CLI and returned by the exported
 * verifiers. Consumers and scripts match on the values, so a value never changes.
 */
export enum TrustProblem {
  MALFORMED = 'MALFORMED',
  NOT_CANONICAL = 'NOT_CANONICAL',
  DIGEST_MISMATCH = 'DIGEST_MISMATCH',
  LENGTH_MISMATCH = 'LENGTH_MISMATCH',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  UNKNOWN_KEY = 'UNKNOWN_KEY',
  KEY_REVOKED = 'KEY_REVOKED',
  KEY_OUTSIDE_WINDOW = 'KEY_OUTSIDE_WINDOW',
  ROLLBACK = 'ROLLBACK',
  BELOW_MIN_VERSION = 'BELOW_MIN_VERSION',
  PREDECESSOR_MISMATCH = 'PREDECESSOR_MISMATCH',
  ROOT_MALFORMED = 'ROOT_MALFORMED',
  ROOT_THRESHOLD = 'ROOT_THRESHOLD',
  ROOT_VERSION = 'ROOT_VERSION',
  ROOT_EXPIRED = 'ROOT_EXPIRED',
  ROOT_ROLLBACK = 'ROOT_ROLLBACK',
  ROOT_WITHHELD = 'ROOT_WITHHELD',
  TIMESTAMP_MALFORMED = 'TIMESTAMP_MALFORMED',
  TIMESTAMP_THRESHOLD = 'TIMESTAMP_THRESHOLD',
  TIMESTAMP_EXPIRED = 'TIMESTAMP_EXPIRED',
  TIMESTAMP_ROLLBACK = 'TIMESTAMP_ROLLBACK',
  NOT_LATEST = 'NOT_LATEST',
}

/** A refusal by one of the trust checks, carrying its code. */
export class TrustRefusal extends Error {
  override readonly name = 'TrustRefusal';

  constructor(
    readonly problem: TrustProblem,
    message: string,
  ) {
    super(message);
  }
}
