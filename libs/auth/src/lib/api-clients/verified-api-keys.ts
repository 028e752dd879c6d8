import { createHash } from 'node:crypto';
import type { ApiClientActor } from '../authorization/actor';

/**
 * API keys that checked out on this instance, so that a client repeating its pull or download costs no SQL lookup.
 * Keyed by the SHA-256 of the whole key: the key itself is never kept. A revocation on any instance empties it
 * (`forgetAll`, through the revocation event); the time bound only limits what a lost event could cost, and the size
 * bound what a flood of distinct keys could hold.
 */
export const VERIFIED_KEY_TTL_MS = 60_000;
const MAX_VERIFIED_KEYS = 10_000;

export class VerifiedApiKeys {
  private readonly verified = new Map<string, { actor: ApiClientActor; until: number }>();
  /** Bumped by every `forgetAll`: a lookup that began before a revocation must not store what it read. */
  private generation = 0;

  hashOf(apiKey: string): string {
    return createHash('sha256').update(apiKey).digest('base64');
  }

  get(hash: string, now: number): ApiClientActor | undefined {
    const entry = this.verified.get(hash);
    if (!entry) return undefined;
    if (entry.until > now) return entry.actor;
    this.verified.delete(hash);
    return undefined;
  }

  /** The generation to hand back to `remember` once the lookup is done. */
  get current(): number {
    return this.generation;
  }

  remember(hash: string, actor: ApiClientActor, now: number, generation: number): void {
    if (generation !== this.generation) return;
    if (this.verified.size >= MAX_VERIFIED_KEYS) this.verified.clear();
    this.verified.set(hash, { actor, until: now + VERIFIED_KEY_TTL_MS });
  }

  forgetAll(): void {
    this.generation++;
    this.verified.clear();
  }
}
