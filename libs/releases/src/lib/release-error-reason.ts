/**
 * Why requests about composing, publishing and pulling releases are refused (`extensions.reason`). Clients match on the values, so a value never
 * changes; the API merges every library's reasons into the ErrorReason enum.
 */
export enum ReleaseErrorReason {
  ALREADY_SEALED = 'ALREADY_SEALED',
  DIFF_BACKWARDS = 'DIFF_BACKWARDS',
  INVALID_ENTRY_CODE = 'INVALID_ENTRY_CODE',
  NOTHING_TO_PUBLISH = 'NOTHING_TO_PUBLISH',
  PROPOSAL_NOT_FOUND = 'PROPOSAL_NOT_FOUND',
  RELEASE_HAS_CONFLICTS = 'RELEASE_HAS_CONFLICTS',
  RELEASE_KEY_NOT_TRUSTED = 'RELEASE_KEY_NOT_TRUSTED',
  RELEASE_NOT_FOUND = 'RELEASE_NOT_FOUND',
  /** Sealed before releases carried a signed head: no entry of it can be proved alone, so it has no delta. */
  RELEASE_NOT_PROVABLE = 'RELEASE_NOT_PROVABLE',
  /** The stored entries or definitions of a release differ from its signed document: nothing of it is served. */
  RELEASE_TAMPERED = 'RELEASE_TAMPERED',
  ROOT_NOT_FOUND = 'ROOT_NOT_FOUND',
  VERSION_NOT_NEXT = 'VERSION_NOT_NEXT',
}
