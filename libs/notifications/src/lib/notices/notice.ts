import { NotificationKind } from './notification-kind';

/** Who may know of the subject at all (DESIGN §7). A draft's notices never leave its delegation. */
export type NoticeVisibility = { scope: 'DELEGATION'; stateId: string } | { scope: 'PARTICIPANTS' };

/** Who the notice is meant for, before visibility and preferences narrow it. */
export type NoticeRecipients =
  /** Every active person: delegations and the secretariat. */
  | { kind: 'PARTICIPANTS' }
  /** The members of these delegations. */
  | { kind: 'STATES'; stateIds: string[] }
  | { kind: 'USERS'; userIds: string[] }
  /** The heads of these delegations and the acting heads named for them at `at`. */
  | { kind: 'HEADS'; stateIds: string[]; at: Date };

/** What the texts of a notification are made of; all optional, each kind uses its own. */
export interface NoticeParams {
  reference?: string;
  title?: string;
  version?: string;
  outcome?: string;
  closesAt?: string;
  author?: string;
  excerpt?: string;
  reason?: string;
  [key: string]: string | undefined;
}

export interface Notice {
  kind: NotificationKind;
  visibility: NoticeVisibility;
  recipients: NoticeRecipients;
  /** Not told: the person who acted (of their own action), or someone told of it by another notice already. */
  exceptUserIds?: string[];
  subject: { type: 'proposal' | 'ballot' | 'release'; id: string };
  params: NoticeParams;
  /** Path in the web application, e.g. `/proposals/<id>`. */
  link: string;
}
