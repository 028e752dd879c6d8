import { Refusal } from '../refusal';
import { EXIT, UsageError } from '../usage-error';
import { safeGraphql } from './safe-fetch';

export interface InForceOptions {
  server: string;
  state: string;
  on: string;
  token?: string;
  apiKey?: string;
  json?: boolean;
}

interface InForceAnswer {
  state: { code: string; name: string };
  on: string;
  release: { version: string } | null;
  implementation: {
    status: string;
    legalReference: string | null;
    entryIntoForce: string | null;
    deviations: { entryCode: string; reason: string; explanation: string }[];
  } | null;
  entries: { totalCount: number };
}

const IN_FORCE = `query ($input: InForceInput!) {
  inForce(input: $input) {
    state { code name } on release { version }
    implementation { status legalReference entryIntoForce deviations { entryCode reason explanation } }
    entries(first: 1) { totalCount }
  }
}`;

/** Asks a Concord server which release is law in a state on a day, with the national act and its deviations. */
export async function inForce(options: InForceOptions): Promise<number> {
  const body = await safeGraphql<{ inForce?: InForceAnswer }>(options.server, IN_FORCE, {
    what: 'the release in force',
    headers: credentials(options),
    variables: { input: { state: options.state.toUpperCase(), on: options.on } },
  });
  const error = body.errors?.[0];
  if (error || !body.data?.inForce) throw new Refusal(error?.extensions?.reason ?? 'NO_ANSWER', error?.message ?? 'The server gave no answer');
  const answer = body.data.inForce;
  if (options.json) {
    console.log(JSON.stringify(answer, null, 2));
    return EXIT.OK;
  }
  const { release, implementation } = answer;
  if (!release || !implementation) {
    console.log(`No release of the list is in force in ${answer.state.name} (${answer.state.code}) on ${answer.on}.`);
    return EXIT.OK;
  }
  console.log(`In force in ${answer.state.name} (${answer.state.code}) on ${answer.on}: release ${release.version}, ${implementation.status}`);
  console.log(`  ${implementation.legalReference}, in force from ${implementation.entryIntoForce}`);
  console.log(`  ${answer.entries.totalCount} entries in force`);
  for (const deviation of implementation.deviations) console.log(`  deviation ${deviation.entryCode} ${deviation.reason}: ${deviation.explanation}`);
  return EXIT.OK;
}

function credentials(options: InForceOptions): Record<string, string> {
  if (options.apiKey) return { authorization: `ApiKey ${options.apiKey}` };
  if (options.token) return { authorization: `Bearer ${options.token}` };
  throw new UsageError('give --api-key <key> (or CONCORD_API_KEY) or --token <access token> (or CONCORD_TOKEN)');
}
