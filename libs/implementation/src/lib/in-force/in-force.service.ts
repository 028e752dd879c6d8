import { Injectable } from '@nestjs/common';
import { Actor, ParticipatingStateEntity } from '@concord/auth';
import { ReleaseEntity, ReleaseEntryEntity, VERSION_ORDER_SQL } from '@concord/control-list';
import { ReadReplicas } from '@concord/shared/db';
import { badInput, Connection, decodeCursor, notFound, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import { isCalendarDate } from '../calendar-date';
import { ImplementationErrorReason } from '../implementation-error-reason';
import { DeviationReason, IN_FORCE_STATUSES } from '../implementation-terms';
import { ImplementationRecord } from '../records/implementation-record';
import { ImplementationsService } from '../records/implementations.service';
import { InForceInput } from './in-force.input';

export interface InForceAnswer {
  state: ParticipatingStateEntity;
  on: string;
  release: ReleaseEntity | null;
  implementation: ImplementationRecord | null;
}

@Injectable()
export class InForceService {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly implementations: ImplementationsService,
  ) {}

  /**
   * The latest release, in version order, that the state implemented with a national act in force on the day. A later
   * release whose act is not yet in force leaves the earlier one answering, as the law of that state does.
   */
  async answer(actor: Actor, input: InForceInput): Promise<InForceAnswer> {
    this.implementations.assertReader(actor);
    if (!isCalendarDate(input.on)) {
      throw badInput(`${input.on} is not a date (YYYY-MM-DD)`, ImplementationErrorReason.INVALID_DATE, [{ field: 'on', message: 'must be a date, YYYY-MM-DD' }]);
    }
    return this.replicas.read(async (db) => {
      const state = await db.getRepository(ParticipatingStateEntity).findOneBy({ code: input.state });
      if (!state) throw notFound('Participating state', input.state, ImplementationErrorReason.STATE_NOT_FOUND);
      const release = await db
        .getRepository(ReleaseEntity)
        .createQueryBuilder('release')
        .innerJoin('national_implementation', 'n', 'n.release_id = release.id')
        .where('n.state_id = :stateId AND n.status IN (:...statuses) AND n.entry_into_force <= :on', { stateId: state.id, statuses: IN_FORCE_STATUSES, on: input.on })
        .orderBy(VERSION_ORDER_SQL('release.version'), 'DESC')
        .limit(1)
        .getOne();
      const records = release ? await this.implementations.recordsOf(db, [release.id]) : [];
      return { state, on: input.on, release, implementation: records.find((record) => record.stateId === state.id) ?? null };
    });
  }

  /** The release's entries in code order, less those the state did not transpose. */
  async entries(answer: InForceAnswer, args: PageArgs): Promise<Connection<ReleaseEntryEntity>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 1);
    if (!answer.release) return toConnection([], size, 0, (entry: ReleaseEntryEntity) => [entry.code], (entry) => entry);
    const releaseId = answer.release.id;
    const [totalCount, rows] = await this.replicas.read(async (db) => {
      const query = db
        .getRepository(ReleaseEntryEntity)
        .createQueryBuilder('entry')
        .where('entry.releaseId = :releaseId', { releaseId })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM implementation_deviation d WHERE d.release_id = entry.release_id AND d.entry_code = entry.code AND d.state_id = :stateId AND d.reason = :notTransposed)`,
          { stateId: answer.state.id, notTransposed: DeviationReason.NOT_TRANSPOSED },
        );
      const count = await query.getCount();
      if (after) query.andWhere('entry.code > :after', { after: String(after[0]) });
      return [count, await query.orderBy('entry.code', 'ASC').limit(size + 1).getMany()] as const;
    });
    return toConnection(rows, size, totalCount, (entry) => [entry.code], (entry) => entry);
  }
}
