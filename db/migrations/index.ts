import { Foundation1795677844365 } from './1795677844365-Foundation';
import { ControlList1795678334020 } from './1795678334020-ControlList';
import { Proposals1795678681812 } from './1795678681812-Proposals';
import { Ballots1795679379953 } from './1795679379953-Ballots';
import { Audit1795679498273 } from './1795679498273-Audit';
import { Releases1795679552037 } from './1795679552037-Releases';
import { Webhooks1795679863557 } from './1795679863557-Webhooks';
import { NegotiationWaysOut1796165213264 } from './1796165213264-NegotiationWaysOut';
import { Accounts1796198136241 } from './1796198136241-Accounts';
import { AuditPrivateUntil1796198860995 } from './1796198860995-AuditPrivateUntil';
import { InvitationOrigin1796286528235 } from './1796286528235-InvitationOrigin';
import { ReleaseHead1796288110189 } from './1796288110189-ReleaseHead';
import { AuditCheckpoints1796288284103 } from './1796288284103-AuditCheckpoints';
import { ProposalSearch1796291429042 } from './1796291429042-ProposalSearch';
import { NationalImplementation1796304115856 } from './1796304115856-NationalImplementation';
import { AuthenticTexts1796304303633 } from './1796304303633-AuthenticTexts';
import { WebhookScope1796304400338 } from './1796304400338-WebhookScope';
import { SnapshotWrites1796684508711 } from './1796684508711-SnapshotWrites';
import { SearchVectorReuse1796690000000 } from './1796690000000-SearchVectorReuse';
import { SnapshotInsertGuard1796700000000 } from './1796700000000-SnapshotInsertGuard';

/** Applied in this order; add each new migration here after generating and reading it. */
export const MIGRATIONS = [Foundation1795677844365, ControlList1795678334020, Proposals1795678681812, Ballots1795679379953, Audit1795679498273, Releases1795679552037, Webhooks1795679863557, NegotiationWaysOut1796165213264, Accounts1796198136241, AuditPrivateUntil1796198860995, InvitationOrigin1796286528235, ReleaseHead1796288110189, AuditCheckpoints1796288284103, ProposalSearch1796291429042, NationalImplementation1796304115856, AuthenticTexts1796304303633, WebhookScope1796304400338, SnapshotWrites1796684508711, SearchVectorReuse1796690000000, SnapshotInsertGuard1796700000000];
