/** The vocabulary of national implementation (DESIGN §5b), shared by the tables, the service and the schema. */
export enum ImplementationStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  /** In national law, but with at least one entry transposed differently (see its deviations). */
  IMPLEMENTED_WITH_DEVIATIONS = 'IMPLEMENTED_WITH_DEVIATIONS',
}

/** The statuses under which a release is law in the state from its date of entry into force. */
export const IN_FORCE_STATUSES: readonly ImplementationStatus[] = [ImplementationStatus.IMPLEMENTED, ImplementationStatus.IMPLEMENTED_WITH_DEVIATIONS];

export enum DeviationReason {
  /** The entry is not in national law at all: it is left out of what is in force there. */
  NOT_TRANSPOSED = 'NOT_TRANSPOSED',
  NARROWER_SCOPE = 'NARROWER_SCOPE',
  BROADER_SCOPE = 'BROADER_SCOPE',
  DELAYED = 'DELAYED',
  OTHER = 'OTHER',
}

export const LEGAL_REFERENCE_MAX = 500;
export const EXPLANATION_MAX = 2000;
export const MAX_DEVIATIONS = 500;
