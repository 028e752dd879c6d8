import { CheckpointSignature, TrustedCheckpointKey } from './audit-checkpoint-envelope';

/**
 * Who signs checkpoints, and the keys their signatures verify against. The secretariat's release keyring
 * (SigningKeyring in @concord/releases) has this shape; it sits above this library, so the API binds it.
 */
export abstract class CheckpointSigner {
  abstract sign(bytes: Uint8Array): CheckpointSignature;
  abstract readonly keys: readonly TrustedCheckpointKey[];
}
