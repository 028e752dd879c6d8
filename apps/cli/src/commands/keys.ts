import { writeFileSync } from 'node:fs';
import { parseRoot, SignedRoot, SigningKeyring, TrustStore } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';
import { Refusal } from '../refusal';
import { EXIT, UsageError } from '../usage-error';
import { FetchProblem } from './fetch-problem';
import { FETCH_LIMITS, safeFetch } from './safe-fetch';

export interface KeysOptions {
  server?: string;
  apiKey?: string;
  local?: boolean;
  out?: string;
}

/**
 * Writes the root metadata that `pull` and `verify` pin (`--root`), from one of two sources, and says what trusting it
 * means:
 * - `--server`: the server's newest root. Whoever controls that server (or the network to it) controls the answer,
 *   so the root key ids must be compared with those the secretariat sends through another channel;
 * - `--local`: the newest root of this machine's trust directory (TRUST_DIR, or in development the one the API keeps
 *   under CONCORD_DATA_DIR/trust): how the secretariat makes the file it hands to member governments.
 */
export async function writeKeys(options: KeysOptions): Promise<number> {
  if (!!options.server === !!options.local) throw new UsageError('give either --server <url> or --local');
  const root = options.server ? await fetchRoot(options.server, options.apiKey) : localTrust().newest();
  const text = `${JSON.stringify(root, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);

  const where = options.out ? `Wrote ${options.out}` : 'Printed the root metadata';
  const { roles, version } = root.signed;
  process.stderr.write(
    `${where}: root version ${version}, ${roles.root.threshold} of root keys ${roles.root.keyIds.join(', ')}; ` +
      `release keys ${roles.release.keys.map((grant) => `${grant.keyId}${grant.revoked ? ' (revoked)' : grant.validUntil ? ' (retired)' : ' (current)'}`).join(', ')}\n`,
  );
  process.stderr.write(
    options.server
      ? `This root is what ${options.server} says it is: pinning it trusts that server as it answered now. ` +
          'Compare each root key id with the ones the secretariat gave you through another channel before relying on it.\n'
      : 'This is the root this machine serves: hand the file to member governments through a channel they trust, apart from the server itself.\n',
  );
  return EXIT.OK;
}

async function fetchRoot(server: string, apiKey: string | undefined): Promise<SignedRoot> {
  const response = await safeFetch(`${server.replace(/\/+$/, '')}/releases/root.json`, {
    what: apiKey ? 'the root metadata' : 'the root metadata (without an API key: give --api-key, or set CONCORD_API_KEY)',
    headers: apiKey ? { authorization: `ApiKey ${apiKey}` } : {},
    maxBytes: FETCH_LIMITS.graphqlBytes,
  });
  try {
    return parseRoot(JSON.parse(response.body.toString('utf8')));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Refusal(FetchProblem.BAD_RESPONSE, `${server} answered its root metadata with something that is not JSON`);
    throw error;
  }
}

function localTrust(): TrustStore {
  const config = loadConfig(process.env);
  if (config.environment === 'test' && !config.signingKey) {
    throw new UsageError('NODE_ENV=test signs with a key each process holds in memory: there is no root to write; set SIGNING_KEY');
  }
  const keyring = SigningKeyring.fromConfig(config);
  return TrustStore.fromConfig(config, keyring);
}
