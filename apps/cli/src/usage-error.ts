/** The command line itself is wrong (exit code 2), as opposed to a refused or failed operation (exit code 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { OK: 0, REFUSED: 1, USAGE: 2 } as const;
