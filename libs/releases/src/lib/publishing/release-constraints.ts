import { ConstraintErrorTable, ErrorCode } from '@concord/shared/graphql';

// What users are told when the database refuses a release write that the service's own checks let through.
export const RELEASE_CONSTRAINT_ERRORS: ConstraintErrorTable = {
  // The key TypeORM named when the table was generated; a second document for one release is refused by it.
  PK_6f8a297488e45b47b09c1708f8c: { code: ErrorCode.CONFLICT, reason: 'ALREADY_SEALED', message: 'This release already has its signed document' },
  release_change_position_unique: { code: ErrorCode.CONFLICT, reason: 'ALREADY_SEALED', message: 'This release already has a changelog' },
};
