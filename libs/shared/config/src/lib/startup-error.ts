/** Stable names of the start failures an operator can fix, so scripts and the docs can refer to them. */
export enum StartupProblem {
  INVALID_CONFIG = 'INVALID_CONFIG',
  PORT_IN_USE = 'PORT_IN_USE',
  PORT_NOT_PERMITTED = 'PORT_NOT_PERMITTED',
  DATA_DIR_NOT_WRITABLE = 'DATA_DIR_NOT_WRITABLE',
  EMBEDDED_DATABASE_FAILED = 'EMBEDDED_DATABASE_FAILED',
  DATABASE_UNREACHABLE = 'DATABASE_UNREACHABLE',
  DATABASE_REFUSED_LOGIN = 'DATABASE_REFUSED_LOGIN',
  DATABASE_MISSING = 'DATABASE_MISSING',
}

/**
 * A start that failed for a reason outside the code: a setting, a port, a directory, a database address. Its message
 * says what went wrong and what to do; it is printed alone, without a stack trace, which would only bury it.
 */
export class StartupError extends Error {
  constructor(
    readonly problem: StartupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
