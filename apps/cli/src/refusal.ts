/**
 * An operation the CLI refuses (exit code 1): `runCli` prints it as the one line `REFUSED (<problem>): <message>`,
 * whichever command threw it, so no refusal ends in a stack trace or a bare `concord: <error>`.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    readonly problem: string,
    message: string,
  ) {
    super(message);
  }
}
