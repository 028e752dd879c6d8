/** What a person can be told of; each person chooses, per kind, how (DESIGN §11). */
export enum NotificationKind {
  PROPOSAL_SUBMITTED = 'PROPOSAL_SUBMITTED',
  PROPOSAL_RETURNED = 'PROPOSAL_RETURNED',
  COMMENT_REPLY = 'COMMENT_REPLY',
  COMMENT_ON_OWN_PROPOSAL = 'COMMENT_ON_OWN_PROPOSAL',
  BALLOT_OPENED = 'BALLOT_OPENED',
  BALLOT_CLOSING = 'BALLOT_CLOSING',
  BALLOT_CLOSED = 'BALLOT_CLOSED',
  RELEASE_PUBLISHED = 'RELEASE_PUBLISHED',
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

export enum Delivery {
  /** A mail for each notification, as it happens. */
  IMMEDIATE = 'IMMEDIATE',
  /** One mail a day with the day's notifications. */
  DAILY = 'DAILY',
  /** One mail a week, on the chosen weekday. */
  WEEKLY = 'WEEKLY',
  /** Neither mail nor inbox. */
  OFF = 'OFF',
}

/** ISO weekdays, Monday first, as PostgreSQL's `isodow` counts them. */
export enum Weekday {
  MONDAY = 1,
  TUESDAY = 2,
  WEDNESDAY = 3,
  THURSDAY = 4,
  FRIDAY = 5,
  SATURDAY = 6,
  SUNDAY = 7,
}
