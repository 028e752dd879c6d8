import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, groupByKeys, notFound } from '@concord/shared/graphql';
import { AuditTrail } from '../audit/audit-trail';
import { AccessPolicy } from '../authorization/access-policy';
import { Actor, isDelegation, UserActor } from '../authorization/actor';
import { Permission } from '../authorization/permission';
import { Role, UserEntity } from '../users/user.entity';
import { ActingHeadEntity } from './acting-head.entity';
import { AppointActingHeadInput } from './appoint-acting-head.input';
import { RevokeActingHeadInput } from './revoke-acting-head.input';
import { AuthErrorReason } from '../auth-error-reason';
import { AuthAuditAction } from '../auth-audit-action';


/** A window longer than this is a typo, not an absence. */
const LONGEST_WINDOW_MS = 366 * 24 * 3600 * 1000;

type Head = UserActor & { stateId: string; stateCode: string };

export enum ActingStanding {
  IN_WINDOW = 'IN_WINDOW',
  OUTSIDE_WINDOW = 'OUTSIDE_WINDOW',
  NOT_NAMED = 'NOT_NAMED',
}

@Injectable()
export class ActingHeadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  async appoint(actor: Actor, input: AppointActingHeadInput): Promise<ActingHeadEntity> {
    const head = this.assertHead(actor);
    if (!(input.endsAt > input.startsAt)) {
      throw badInput('The window must end after it starts', AuthErrorReason.INVALID_WINDOW, [{ field: 'endsAt', message: 'must be after startsAt' }]);
    }
    if (input.endsAt.getTime() <= Date.now()) {
      throw badInput('The window must end in the future', AuthErrorReason.INVALID_WINDOW, [{ field: 'endsAt', message: 'must be in the future' }]);
    }
    if (input.endsAt.getTime() - input.startsAt.getTime() > LONGEST_WINDOW_MS) {
      throw badInput('An acting head is named for at most a year at a time', AuthErrorReason.INVALID_WINDOW, [{ field: 'endsAt', message: 'at most a year after startsAt' }]);
    }
    return this.db.transaction(async (manager) => {
      // One appointment at a time per state: appointments of one state queue here.
      await manager.query(`SELECT 1 FROM participating_state WHERE id = $1 FOR UPDATE`, [head.stateId]);
      const delegate = await manager.findOneBy(UserEntity, { id: input.delegateId });
      if (!delegate || delegate.stateId !== head.stateId) throw notFound('Delegate of your state', input.delegateId, AuthErrorReason.DELEGATE_NOT_FOUND);
      if (delegate.role !== Role.DELEGATE || !delegate.active) {
        throw badInput(`${delegate.email} is not an active delegate: only a delegate can be named acting head`, AuthErrorReason.NOT_A_DELEGATE, [
          { field: 'delegateId', message: 'must be an active delegate of your state' },
        ]);
      }
      const overlapping = await manager
        .getRepository(ActingHeadEntity)
        .createQueryBuilder('a')
        .where('a.state_id = :state AND a.revoked_at IS NULL AND a.starts_at < :ends AND a.ends_at > :starts', {
          state: head.stateId,
          starts: input.startsAt,
          ends: input.endsAt,
        })
        .getOne();
      if (overlapping) {
        throw conflict(
          `Another acting head is named from ${overlapping.startsAt.toISOString()} to ${overlapping.endsAt.toISOString()}: revoke it first or choose another window`,
          AuthErrorReason.ACTING_HEAD_OVERLAP,
        );
      }
      const { identifiers } = await manager.insert(ActingHeadEntity, {
        stateId: head.stateId,
        delegateId: delegate.id,
        appointedById: head.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
      });
      const appointment = await manager.findOneByOrFail(ActingHeadEntity, { id: identifiers[0]['id'] as string });
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.ACTING_HEAD_APPOINTED,
        objectType: 'acting_head',
        objectId: appointment.id,
        summary: { delegateId: delegate.id, email: delegate.email, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() },
      });
      return appointment;
    });
  }

  async revoke(actor: Actor, input: RevokeActingHeadInput): Promise<ActingHeadEntity> {
    const head = this.assertHead(actor);
    return this.db.transaction(async (manager) => {
      const appointment = await manager.findOne(ActingHeadEntity, { where: { id: input.actingHeadId }, lock: { mode: 'pessimistic_write' } });
      if (!appointment || appointment.stateId !== head.stateId) throw notFound('Acting head', input.actingHeadId, AuthErrorReason.ACTING_HEAD_NOT_FOUND);
      if (appointment.revokedAt) throw conflict('This appointment is already revoked', AuthErrorReason.ACTING_HEAD_REVOKED);
      await manager.update(ActingHeadEntity, { id: appointment.id }, { revokedAt: () => 'now()' });
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.ACTING_HEAD_REVOKED,
        objectType: 'acting_head',
        objectId: appointment.id,
        summary: { delegateId: appointment.delegateId, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() },
      });
      return manager.findOneByOrFail(ActingHeadEntity, { id: appointment.id });
    });
  }

  /**
   * Where the delegate stands at `at` (the caller's transaction clock): inside an appointment of its state, holding
   * one that is not in force at that moment, or never named.
   */
  async standingAt(manager: EntityManager, delegate: { id: string; stateId: string }, at: Date): Promise<ActingStanding> {
    const [row] = await manager.query(
      `SELECT bool_or(starts_at <= $3 AND ends_at > $3) AS current FROM acting_head
       WHERE delegate_id = $1 AND state_id = $2 AND revoked_at IS NULL`,
      [delegate.id, delegate.stateId, at],
    );
    if (row?.current === true) return ActingStanding.IN_WINDOW;
    return row?.current === false ? ActingStanding.OUTSIDE_WINDOW : ActingStanding.NOT_NAMED;
  }

  /** Per-request loader for `ParticipatingState.actingHeads`: appointments not yet over, soonest first. */
  readonly comingByState = () =>
    new DataLoader<string, ActingHeadEntity[]>(async (stateIds) => {
      const rows = await this.db
        .getRepository(ActingHeadEntity)
        .createQueryBuilder('a')
        .where('a.state_id = ANY(:states) AND a.revoked_at IS NULL AND a.ends_at > now()', { states: [...stateIds] })
        .orderBy('a.starts_at', 'ASC')
        .getMany();
      return groupByKeys(stateIds, rows, (row) => row.stateId);
    });

  assertReader(actor: Actor): void {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
  }

  private assertHead(actor: Actor): Head {
    this.access.assert(actor, Permission.APPOINT_ACTING_HEAD);
    if (!isDelegation(actor)) throw forbidden('Only a head of delegation names an acting head', AuthErrorReason.NOT_HEAD_OF_DELEGATION);
    return actor as Head;
  }
}
