import { runCli } from '@concord/cli';

export interface CliRun {
  code: number;
  /** What it printed, each stream whole; a last line's newline is dropped, so `$` in a pattern ends the last line. */
  out: string;
  err: string;
}

/**
 * Runs the CLI in this process, as `concord …` would, capturing everything it prints (console and direct writes), with
 * `env` set for the run only (undefined unsets a variable).
 */
export async function runConcord(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  setEnv(env);
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true)),
    jest.spyOn(console, 'log').mockImplementation((...parts) => void out.push(`${parts.join(' ')}\n`)),
    jest.spyOn(console, 'error').mockImplementation((...parts) => void err.push(`${parts.join(' ')}\n`)),
  ];
  try {
    const code = await runCli(['node', 'concord', ...args]);
    return { code, out: out.join('').replace(/\n$/, ''), err: err.join('').replace(/\n$/, '') };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
    setEnv(saved);
  }
}

/** process.env turns undefined into the string "undefined": unsetting means deleting. */
function setEnv(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
