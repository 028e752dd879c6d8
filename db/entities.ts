import { AUDIT_ENTITIES } from '@concord/audit';
import { AUTH_ENTITIES } from '@concord/auth';
import { BALLOT_ENTITIES } from '@concord/ballots';
import { CONTROL_LIST_ENTITIES } from '@concord/control-list';
import { EVENT_ENTITIES } from '@concord/events';
import { IMPLEMENTATION_ENTITIES } from '@concord/implementation';
import { NOTIFICATION_ENTITIES } from '@concord/notifications';
import { PROPOSAL_ENTITIES } from '@concord/proposals';
import { RELEASES_ENTITIES } from '@concord/releases';
import { MAIL_ENTITIES } from '@concord/shared/mail';

/** Every entity Concord persists, one list for the API, the CLI and migration generation. */
export const ENTITIES = [
  ...AUTH_ENTITIES, ...CONTROL_LIST_ENTITIES, ...PROPOSAL_ENTITIES, ...BALLOT_ENTITIES, ...AUDIT_ENTITIES, ...RELEASES_ENTITIES, ...EVENT_ENTITIES,
  ...MAIL_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...IMPLEMENTATION_ENTITIES,
];
