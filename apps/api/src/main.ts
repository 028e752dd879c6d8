import './heap-growth';
import 'reflect-metadata';
import { DEFAULT_DEMO_PASSWORD, loadConfig, StartupError } from '@concord/shared/config';
import { DEMO_STATES, SECRETARIAT_EMAIL, delegateEmail, headEmail } from '@concord/database';
import { RunningServer, startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  if (config.environment !== 'production') printBanner(server, config.seedDemo, config.demoPassword);
  else console.log(`Concord listening on ${server.url}/graphql (${server.databaseDescription})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: closing connections and stopping the database cleanly…`);
    try {
      await server.close();
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed:', error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function printBanner(server: RunningServer, seedDemo: boolean, demoPassword: string): void {
  const state = DEMO_STATES[0].code;
  const password = demoPassword === DEFAULT_DEMO_PASSWORD ? demoPassword : '(the DEMO_PASSWORD you set)';
  const lines = [
    '',
    `  Concord is running. Open the web application: ${server.url}/`,
    `  GraphQL API: ${server.url}/graphql (a browser there shows a local explorer)`,
    `  Database: ${server.databaseDescription}`,
  ];
  if (seedDemo) {
    lines.push(
      '',
      `  Sign in at ${server.url}/sign-in with a demo account (password ${password}):`,
      `    secretariat         ${SECRETARIAT_EMAIL}`,
      `    delegate            ${delegateEmail(state)}   (and delegate.us, delegate.gb, … for each state)`,
      `    head of delegation  ${headEmail(state)}       (and head.us, head.gb, …)`,
      `    states              ${DEMO_STATES.map((s) => s.code).join(' ')}`,
      '',
      '  Scripts sign in with the login mutation and send "Authorization: Bearer <accessToken>":',
      `    mutation { login(input: { email: "${SECRETARIAT_EMAIL}", password: "${password}" }) { accessToken } }`,
    );
  }
  lines.push('', '  Stop with Ctrl-C.', '');
  console.log(lines.join('\n'));
}

/**
 * A failure the operator can fix (a port, a directory, a database address, a setting) is printed as its cause and
 * what to do, alone; anything else is a bug, printed with its stack for the report.
 */
main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(`Concord could not start (${error.problem}): ${error.message}`);
  else console.error('Concord could not start, for an unexpected reason:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
