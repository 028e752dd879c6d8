import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '@concord/auth';
import { ListDocument, readSnapshots, ReleaseEntity } from '@concord/control-list';
import { byKeys, Connection, decodeCursor, exactTimestampSql, groupByKeys, notFound, pageSize, toConnection } from '@concord/shared/graphql';
import { baseListOf } from '../change-set/base-list';
import { describeMerge, planRebase } from '../rebase/plan-rebase';
import { RebaseMerge } from '../rebase/rebase-merge.model';
import { RebasePlan } from '../rebase/rebase-plan.model';
import { ProposalReturnEntity } from '../returns/proposal-return.entity';
import { ProposalCosponsorEntity } from './proposal-cosponsor.entity';
import { ProposalRevisionEntity } from './proposal-revision.entity';
import { ProposalEntity } from './proposal.entity';
import { visibilityClause } from './proposal-visibility';
import { ProposalsArgs } from './proposals.args';
import { latestPublishedRelease } from './base-release';
import { codesOf } from './revision-checks';
import { ProposalErrorReason } from '../proposal-error-reason';

/** Reading proposals as DESIGN §7 lets each caller see them; the changes are the drafting and actions services'. */
@Injectable()
export class ProposalsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A proposal the actor may see; an invisible draft is NOT_FOUND, so its existence does not leak. */
  async byId(actor: Actor, id: string, manager: EntityManager = this.db.manager, lock = false): Promise<ProposalEntity> {
    const visibility = visibilityClause(actor, ':visibleState');
    const query = manager
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where(`p.id = :id AND ${visibility.sql}`, { id, visibleState: visibility.stateId });
    if (lock) query.setLock('pessimistic_write');
    const proposal = await query.getOne();
    if (!proposal) throw notFound('Proposal', id, ProposalErrorReason.PROPOSAL_NOT_FOUND);
    return proposal;
  }

  /** byId's rule for a page of proposals at once: the ids among `ids` the actor may see, in one statement. */
  async visibleIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    const visibility = visibilityClause(actor, ':visibleState');
    const rows: { id: string }[] = await this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where(`p.id IN (:...ids) AND ${visibility.sql}`, { ids: [...ids], visibleState: visibility.stateId })
      .getRawMany();
    return new Set(rows.map((row) => row.id));
  }

  async list(actor: Actor, args: ProposalsArgs): Promise<Connection<ProposalEntity>> {
    const visibility = visibilityClause(actor, ':visibleState');
    const size = pageSize(args.first);
    const query = this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(ProposalRevisionEntity, 'r', 'r.proposal_id = p.id AND r.number = p.current_revision')
      .where(visibility.sql, { visibleState: visibility.stateId });
    if (args.status) query.andWhere('p.status = :status', { status: args.status });
    if (args.statuses?.length) query.andWhere('p.status IN (:...statuses)', { statuses: args.statuses });
    if (args.sponsor) {
      query.andWhere('p.sponsor_state_id = (SELECT id FROM participating_state WHERE code = :sponsor)', { sponsor: args.sponsor });
    }
    if (args.code) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(r.changes) c WHERE c->>'code' = :code OR c->'entry'->>'code' = :code)`,
        { code: args.code },
      );
    }
    if (args.search) {
      query.andWhere(
        `r.search @@ websearch_to_tsquery('english', :search)`,
        { search: args.search },
      );
    }
    const totalCount = await query.getCount();
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    if (after) query.andWhere('(p.created_at, p.id) < (:afterTime::timestamptz, :afterId::uuid)', { afterTime: after[0], afterId: after[1] });
    const { entities, raw } = await query
      .addSelect(exactTimestampSql('p.created_at'), 'cursor_time')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities();
    const rows = entities.map((proposal, index) => ({ proposal, time: raw[index].cursor_time as string }));
    return toConnection(rows, size, totalCount, (row) => [row.time, row.proposal.id], (row) => row.proposal);
  }

  /**
   * What a rebase onto the latest release would take, for the sponsor's screen (the proposal is already visible). A
   * page of proposals reads the latest release and the releases they are based on in one snapshot read, with only
   * the codes their changes touch, however many proposals and releases there are.
   */
  readonly rebasePlansOf = () =>
    new DataLoader<ProposalRevisionEntity, RebasePlan, string>(
      async (revisions) => {
        const latest = await latestPublishedRelease(this.db.manager);
        const bases = await this.db.getRepository(ReleaseEntity).findBy({ id: In([...new Set(revisions.map((revision) => revision.baseReleaseId))]) });
        const baseById = new Map(bases.map((base) => [base.id, base]));
        const codes = [...new Set(revisions.flatMap((revision) => codesOf(revision.changes)))];
        const outdated = bases.some((base) => base.id !== latest.id);
        const documents = outdated ? await readSnapshots(this.db.manager, [...bases.filter((base) => base.id !== latest.id), latest], codes) : new Map<string, ListDocument>();
        const lists = new Map([...documents].map(([id, document]) => [id, baseListOf(document.entries, document.definitions)]));
        return revisions.map((revision) => {
          const base = baseById.get(revision.baseReleaseId)!;
          const merges = base.id === latest.id ? [] : planRebase(revision.changes, lists.get(base.id)!, lists.get(latest.id)!);
          return {
            baseVersion: base.version,
            latestVersion: latest.version,
            upToDate: base.id === latest.id,
            merges: merges.map((merge) => RebaseMerge.withMessage(merge, describeMerge(merge, latest.version).message)),
          };
        });
      },
      { cacheKeyFn: (revision) => `${revision.proposalId} ${revision.number}` },
    );

  /** byId for the proposals of a page of ballots: one statement, with byId's visibility rule and its NOT_FOUND. */
  readonly visibleById = () =>
    new DataLoader<{ actor: Actor; id: string }, ProposalEntity, string>(
      async (keys) => {
        const found = new Map<Actor, Map<string, ProposalEntity>>();
        // One request has one actor; grouping by it keeps the rule right should a batch ever mix them.
        for (const actor of new Set(keys.map((key) => key.actor))) {
          const visibility = visibilityClause(actor, ':visibleState');
          const ids = keys.filter((key) => key.actor === actor).map((key) => key.id);
          const rows = await this.db
            .getRepository(ProposalEntity)
            .createQueryBuilder('p')
            .where(`p.id IN (:...ids) AND ${visibility.sql}`, { ids, visibleState: visibility.stateId })
            .getMany();
          found.set(actor, new Map(rows.map((row) => [row.id, row])));
        }
        return keys.map((key) => found.get(key.actor)!.get(key.id) ?? notFound('Proposal', key.id, ProposalErrorReason.PROPOSAL_NOT_FOUND));
      },
      { cacheKeyFn: (key) => JSON.stringify([key.actor, key.id]) },
    );

  readonly revisionsOf = () =>
    new DataLoader<string, ProposalRevisionEntity[]>(async (proposalIds) => {
      const rows = await this.db.getRepository(ProposalRevisionEntity).find({ where: { proposalId: In([...proposalIds]) }, order: { number: 'ASC' } });
      return groupByKeys(proposalIds, rows, (row) => row.proposalId);
    });

  readonly cosponsorsOf = () =>
    new DataLoader<string, string[]>(async (proposalIds) => {
      const rows = await this.db.getRepository(ProposalCosponsorEntity).find({ where: { proposalId: In([...proposalIds]) }, order: { joinedAt: 'ASC' } });
      return groupByKeys(proposalIds, rows, (row) => row.proposalId, (row) => row.stateId);
    });

  /** Newest first: the latest return is the one that explains why the proposal is back in review. */
  readonly returnsOf = () =>
    new DataLoader<string, ProposalReturnEntity[]>(async (proposalIds) => {
      const rows = await this.db.getRepository(ProposalReturnEntity).find({ where: { proposalId: In([...proposalIds]) }, order: { returnedAt: 'DESC' } });
      return groupByKeys(proposalIds, rows, (row) => row.proposalId);
    });

  readonly releasesById = () =>
    new DataLoader<string, ReleaseEntity | null>(async (ids) =>
      byKeys(ids, await this.db.getRepository(ReleaseEntity).findBy({ id: In([...ids]) }), (release) => release.id),
    );
}
