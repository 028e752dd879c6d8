import { badInput, conflict, forbidden, describeConstraint } from '@concord/shared/graphql';

// The database has the last word on these invariants; the services check first only to explain themselves sooner.
describeConstraint('ballot_one_open_per_proposal', () => conflict('This proposal already has an open ballot', 'BALLOT_ALREADY_OPEN'));
describeConstraint('ballot_closes_after_opening', () => badInput('A ballot must close after it opens', 'INVALID_CLOSING_TIME'));
describeConstraint('ballot_quorum_fraction', () => badInput('quorum must be a fraction in (0, 1]', 'INVALID_QUORUM'));
describeConstraint('ballot_threshold_majority', () => badInput('threshold must be in (0.5, 1]', 'INVALID_THRESHOLD'));
describeConstraint('ballot_rule_parameters', () =>
  badInput('SILENCE takes no quorum, and only QUALIFIED_MAJORITY takes a threshold', 'INVALID_RULE_PARAMETERS'),
);
describeConstraint('ballot_position_eligible_fk', () =>
  forbidden('Only states that were ACTIVE when the ballot opened take a position in it', 'STATE_NOT_ACTIVE'),
);
describeConstraint('ballot_cancelled_with_reason', () =>
  badInput('A cancelled ballot carries its reason, 1 to 2000 characters', 'INVALID_REASON', [{ field: 'reason', message: 'is required' }]),
);
