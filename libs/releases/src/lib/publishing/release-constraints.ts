import { conflict, describeConstraint } from '@concord/shared/graphql';

// What users are told when the database refuses a release write that the service's own checks let through.
describeConstraint('release_document_pkey', () => conflict('This release already has its signed document', 'ALREADY_SEALED'));
describeConstraint('release_change_position_unique', () => conflict('This release already has a changelog', 'ALREADY_SEALED'));
