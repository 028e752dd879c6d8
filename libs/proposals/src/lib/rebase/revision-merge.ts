/** Why a change had to be merged by hand when its proposal moved onto a newer release. */
export enum MergeReason {
  /** The entry it amends or removes was amended in the newer release. */
  BASE_CHANGED = 'BASE_CHANGED',
  /** The entry it amends or removes was removed (reserved) in the newer release. */
  BASE_REMOVED = 'BASE_REMOVED',
  /** The code it adds was added by another proposal in the newer release. */
  CODE_TAKEN = 'CODE_TAKEN',
  /** The definition it amends or removes was amended in the newer release. */
  TERM_CHANGED = 'TERM_CHANGED',
  /** The definition it amends or removes is no longer defined. */
  TERM_REMOVED = 'TERM_REMOVED',
  /** The term it defines was defined by another proposal in the newer release. */
  TERM_TAKEN = 'TERM_TAKEN',
}

export interface RevisionMerge {
  /** Position of the change in the revision that was rebased. */
  changeIndex: number;
  code: string | null;
  term: string | null;
  reason: MergeReason;
}
