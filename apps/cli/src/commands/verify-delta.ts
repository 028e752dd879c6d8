import { existsSync, readFileSync } from 'node:fs';
import { verifyReleaseDelta } from '@concord/releases';
import { Refusal } from '../refusal';
import { EXIT, UsageError } from '../usage-error';
import { loadTrustState } from './trust-state';

export interface VerifyDeltaOptions {
  root?: string;
  state?: string;
  /** Require the delta to start from the release the trust state holds. */
  consecutive?: boolean;
}

/**
 * A delta by subtree, checked offline against the trusted root (docs/subscriptions.md): the signed heads of both
 * releases, every side's inclusion proof, and the release key's signature over the whole delta. Prints each check.
 */
export async function verifyDelta(file: string, options: VerifyDeltaOptions): Promise<number> {
  const state = loadTrustState(options.state, options.root);
  if (options.consecutive && !state.held) throw new UsageError('--consecutive needs a --state that holds a release (the trust-state.json pull keeps)');
  const verdict = verifyReleaseDelta(readDelta(file), { root: state.root.signed, held: options.consecutive ? state.held ?? undefined : undefined });
  if (!verdict.ok) throw new Refusal(verdict.problem, verdict.message);
  for (const line of verdict.checked) console.log(`checked: ${line}`);
  const { release, previous, changes } = verdict.delta;
  console.log(`OK: ${changes.length} change(s) from ${previous?.version ?? 'nothing'} to ${release.version}, root version ${state.root.signed.version}`);
  return EXIT.OK;
}

/** The delta document itself, or a GraphQL answer carrying it (`releaseDelta.document`). */
function readDelta(file: string): unknown {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  let json: { data?: { releaseDelta?: { document?: string } }; releaseDelta?: { document?: string }; document?: string } & Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const document = json?.data?.releaseDelta?.document ?? json?.releaseDelta?.document ?? json?.document;
  if (typeof document !== 'string') return json;
  try {
    return JSON.parse(document);
  } catch {
    throw new UsageError(`${file} carries a releaseDelta.document that is not JSON`);
  }
}
