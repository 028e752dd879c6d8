import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy, Actor, AuditTrail, isDelegation, Permission } from '@concord/auth';
import { ControlListErrorReason, RELEASED_STATUSES, ReleaseEntity } from '@concord/control-list';
import { ReadReplicas } from '@concord/shared/db';
import { badInput, conflict, forbidden, groupByKeys, notFound, unauthenticated } from '@concord/shared/graphql';
import { ImplementationAuditAction } from '../implementation-audit-action';
import { ImplementationErrorReason } from '../implementation-error-reason';
import { CheckedRecord, checkedRecord } from './implementation-checks';
import { ImplementationDeviationEntity } from './implementation-deviation.entity';
import { ImplementationRecord, recordOf } from './implementation-record';
import { NationalImplementationEntity } from './national-implementation.entity';
import { RecordImplementationInput } from './record-implementation.input';

export interface ImplementationKey {
  releaseId: string;
  stateId: string;
}

@Injectable()
export class ImplementationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Whoever reads the released list reads every state's implementation of it, licensing and customs systems included:
   * it is each state's published law. Who in a delegation recorded it is for participants only (assertPeopleReader).
   */
  assertReader(actor: Actor): void {
    this.access.assert(actor, Permission.READ_RELEASES);
  }

  assertPeopleReader(actor: Actor): void {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
  }

  /**
   * Records a state's implementation of a release as a whole, deviations included, in one transaction with its audit
   * event. Optimistic: the record names the revision it was made against, and a write that finds another revision
   * changes nothing (STALE_REVISION). The row lock of the conditional UPDATE (or the primary key of the first INSERT)
   * makes two concurrent writers against the same revision end with exactly one of them written.
   */
  async record(actor: Actor, input: RecordImplementationInput): Promise<ImplementationRecord> {
    const member = this.assertOwnDelegation(actor, input.state);
    const record = checkedRecord(input);
    return this.db.transaction(async (manager) => {
      const release = await manager.findOneBy(ReleaseEntity, { version: input.version, status: In([...RELEASED_STATUSES]) });
      if (!release) throw notFound('Release', input.version, ControlListErrorReason.RELEASE_NOT_FOUND);
      await this.assertEntriesOf(manager, release, record);
      const key = { releaseId: release.id, stateId: member.stateId };
      const revision = await this.write(manager, key, input.expectedRevision, record, member.id);
      await manager.delete(ImplementationDeviationEntity, key);
      if (record.deviations.length) await manager.insert(ImplementationDeviationEntity, record.deviations.map((deviation) => ({ ...key, ...deviation })));
      await this.audit.record(manager, actor, {
        action: ImplementationAuditAction.IMPLEMENTATION_RECORDED,
        objectType: 'national_implementation',
        objectId: release.id,
        stateId: member.stateId,
        summary: { version: release.version, state: member.stateCode, revision, ...record },
      });
      return recordOf(await manager.findOneByOrFail(NationalImplementationEntity, key), record.deviations.length);
    });
  }

  /** The records states made for these releases, with their deviation counts, in one query; absent ones are NOT_STARTED. */
  async recordsOf(db: EntityManager, releaseIds: readonly string[]): Promise<ImplementationRecord[]> {
    if (!releaseIds.length) return [];
    const { entities, raw } = await db
      .getRepository(NationalImplementationEntity)
      .createQueryBuilder('n')
      .addSelect(
        (count) => count.select('count(*)::int').from(ImplementationDeviationEntity, 'd').where('d.release_id = n.release_id AND d.state_id = n.state_id'),
        'deviation_count',
      )
      .where('n.release_id = ANY(:releaseIds)', { releaseIds: [...releaseIds] })
      .getRawAndEntities<{ n_release_id: string; n_state_id: string; deviation_count: number }>();
    const counts = new Map(raw.map((row) => [`${row.n_release_id}/${row.n_state_id}`, row.deviation_count]));
    return entities.map((entity) => recordOf(entity, counts.get(keyOf(entity)) ?? 0));
  }

  /** Per-request loader for `Release.implementations`: the records of every release asked about, in one query. */
  readonly ofReleases = () =>
    new DataLoader<string, ImplementationRecord[]>(async (releaseIds) => {
      const records = await this.replicas.read((db) => this.recordsOf(db, releaseIds));
      return groupByKeys(releaseIds, records, (record) => record.releaseId);
    });

  /** Per-request loader for `NationalImplementation.deviations`, in entry order. */
  readonly deviationsOf = () =>
    new DataLoader<ImplementationKey, ImplementationDeviationEntity[], string>(
      async (keys) => {
        const rows = await this.replicas.read((db) =>
          db.getRepository(ImplementationDeviationEntity).find({
            where: { releaseId: In([...new Set(keys.map((key) => key.releaseId))]), stateId: In([...new Set(keys.map((key) => key.stateId))]) },
            order: { entryCode: 'ASC' },
          }),
        );
        return groupByKeys(keys.map(keyOf), rows, keyOf);
      },
      { cacheKeyFn: keyOf },
    );

  private assertOwnDelegation(actor: Actor, stateCode: string) {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (!isDelegation(actor)) {
      throw forbidden("Only a state's delegation records its implementation; the secretariat reads it", ImplementationErrorReason.NOT_A_DELEGATION);
    }
    if (actor.stateCode !== stateCode) {
      throw forbidden(`The delegation of ${actor.stateCode} records only its own state's implementation, not ${stateCode}'s`, ImplementationErrorReason.NOT_OWN_STATE);
    }
    return actor;
  }

  private async assertEntriesOf(manager: EntityManager, release: ReleaseEntity, record: CheckedRecord): Promise<void> {
    if (!record.deviations.length) return;
    const codes = record.deviations.map((deviation) => deviation.entryCode);
    const rows: { code: string }[] = await manager.query(`SELECT code FROM release_entry WHERE release_id = $1 AND code = ANY($2::text[])`, [release.id, codes]);
    const known = new Set(rows.map((row) => row.code));
    const unknown = codes.flatMap((code, i) => (known.has(code) ? [] : [{ field: `deviations[${i}].entryCode`, message: `${code} is not an entry of ${release.version}` }]));
    if (unknown.length) throw badInput(`Deviations name entries that are not in ${release.version}`, ImplementationErrorReason.UNKNOWN_ENTRY, unknown);
  }

  /** Writes the record if it is still at the expected revision, and returns its new revision. */
  private async write(manager: EntityManager, key: ImplementationKey, expected: number, record: CheckedRecord, recordedById: string): Promise<number> {
    const values = [key.releaseId, key.stateId, record.status, record.legalReference, record.entryIntoForce, recordedById];
    // The driver answers an UPDATE with [rows, count] and an INSERT with its rows alone.
    const [written]: { revision: number }[] =
      expected === 0
        ? await manager.query(
            `INSERT INTO national_implementation (release_id, state_id, status, legal_reference, entry_into_force, recorded_by_id, recorded_at, revision)
             VALUES ($1, $2, $3, $4, $5, $6, now(), 1) ON CONFLICT (release_id, state_id) DO NOTHING RETURNING revision`,
            values,
          )
        : (
            await manager.query(
              `UPDATE national_implementation SET status = $3, legal_reference = $4, entry_into_force = $5, recorded_by_id = $6, recorded_at = now(), revision = revision + 1
               WHERE release_id = $1 AND state_id = $2 AND revision = $7 RETURNING revision`,
              [...values, expected],
            )
          )[0];
    if (written) return written.revision;
    const current = await manager.findOneBy(NationalImplementationEntity, key);
    throw conflict(
      `This record was made against revision ${expected}, but the current one is ${current?.revision ?? 0}: reload it and record again`,
      ImplementationErrorReason.STALE_REVISION,
      [{ field: 'expectedRevision', message: `the current revision is ${current?.revision ?? 0}` }],
    );
  }
}

const keyOf = (key: ImplementationKey) => `${key.releaseId}/${key.stateId}`;
