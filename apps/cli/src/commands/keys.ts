import { writeFileSync } from 'node:fs';
import { PublicSigningKey, SigningKeyring } from '@concord/releases';
import { loadConfig } from '@concord/shared/config';
import { EXIT, UsageError } from '../usage-error';
import { safeGraphql } from './safe-fetch';

export interface KeysOptions {
  server?: string;
  apiKey?: string;
  local?: boolean;
  out?: string;
}

/** What `--keys` of pull and verify reads (see pinned-keys.ts): the API's own `signingKeys` shape. */
interface KeysFile {
  signingKeys: PublicSigningKey[];
}

const SIGNING_KEYS_QUERY = '{ signingKeys { keyId algorithm publicKey current } }';

/**
 * Writes the keys file that `pull` and `verify` pin, from one of two sources, and says what trusting it means:
 * - `--server`: the server's `signingKeys`. Whoever controls that server (or the network to it) controls the answer,
 *   so the key ids must be compared with those the secretariat sends through another channel;
 * - `--local`: the keys this machine signs with (SIGNING_KEY and SIGNING_PUBLIC_KEYS, or in development the key the
 *   API keeps under CONCORD_DATA_DIR/signing): how the secretariat makes the file it hands to member governments.
 */
export async function writeKeys(options: KeysOptions): Promise<number> {
  if (!!options.server === !!options.local) throw new UsageError('give either --server <url> or --local');
  const file: KeysFile = options.server ? await fetchKeys(options.server, options.apiKey) : { signingKeys: [...localKeyring().keys] };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);

  const where = options.out ? `Wrote ${options.out}` : 'Printed the keys file';
  const ids = file.signingKeys.map((key) => `${key.keyId}${key.current ? ' (current)' : ' (retired)'}`).join(', ');
  process.stderr.write(`${where}: ${file.signingKeys.length} Ed25519 key(s): ${ids}\n`);
  process.stderr.write(
    options.server
      ? `These keys are what ${options.server} says its keys are: pinning them trusts that server as it answered now. ` +
          'Compare each key id with the one the secretariat gave you through another channel before relying on them.\n'
      : 'These are the public halves of the keys this machine signs releases with: hand the file to member governments ' +
          'through a channel they trust, apart from the server itself.\n',
  );
  return EXIT.OK;
}

async function fetchKeys(server: string, apiKey: string | undefined): Promise<KeysFile> {
  const body = await safeGraphql<{ signingKeys?: PublicSigningKey[] }>(server, SIGNING_KEYS_QUERY, {
    what: 'the signing keys',
    headers: apiKey ? { authorization: `ApiKey ${apiKey}` } : {},
  });
  const keys = body.data?.signingKeys;
  if (!keys?.length) {
    const refusal = body.errors?.[0];
    throw new Error(
      refusal
        ? `${server} refused to list its signing keys (${refusal.extensions?.code ?? 'ERROR'}): ${refusal.message}${apiKey ? '' : ' (give --api-key, or set CONCORD_API_KEY)'}`
        : `${server} answered without signing keys`,
    );
  }
  return { signingKeys: keys };
}

function localKeyring(): SigningKeyring {
  const config = loadConfig(process.env);
  if (config.environment === 'test' && !config.signingKey) {
    throw new UsageError('NODE_ENV=test signs with a key each process holds in memory: there is no key to write; set SIGNING_KEY');
  }
  return SigningKeyring.fromConfig(config);
}
