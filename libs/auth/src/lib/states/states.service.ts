import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, notFound } from '@concord/shared/graphql';
import { AuditTrail } from '../audit/audit-trail';
import { changedFields } from '../audit/changed-fields';
import { AccessPolicy } from '../authorization/access-policy';
import { Actor } from '../authorization/actor';
import { Permission } from '../authorization/permission';
import { CreateParticipatingStateInput } from './create-participating-state.input';
import { ParticipatingStateEntity } from './participating-state.entity';
import { UpdateParticipatingStateInput } from './update-participating-state.input';
import { AuthAuditAction } from '../auth-audit-action';

@Injectable()
export class StatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  private get repository() {
    return this.db.getRepository(ParticipatingStateEntity);
  }

  /**
   * Per-request loader for `User.state`, `ApiClient.state` and friends. The regime has about ten states: a request
   * reads them all once, so that a page's sponsors, positions and ballots cost one statement however many waves of
   * the query ask for states, and however the database's answers interleave.
   */
  readonly byId = () => {
    let all: Promise<ParticipatingStateEntity[]> | undefined;
    return new DataLoader<string, ParticipatingStateEntity | null>(async (ids) => byKeys(ids, await (all ??= this.repository.find()), (state) => state.id));
  };

  async list(actor: Actor): Promise<ParticipatingStateEntity[]> {
    this.access.assert(actor, Permission.AUTHENTICATED);
    return this.repository.find({ order: { code: 'ASC' } });
  }

  async create(actor: Actor, input: CreateParticipatingStateInput): Promise<ParticipatingStateEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    return this.db.transaction(async (manager) => {
      const states = manager.getRepository(ParticipatingStateEntity);
      const state = await states.save(states.create({ code: input.code, name: input.name.trim(), status: input.status }));
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.STATE_CREATED,
        objectType: 'participating_state',
        objectId: state.id,
        stateId: state.id,
        summary: { code: state.code, name: state.name, status: state.status },
      });
      return state;
    });
  }

  async update(actor: Actor, input: UpdateParticipatingStateInput): Promise<ParticipatingStateEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    return this.db.transaction(async (manager) => {
      const states = manager.getRepository(ParticipatingStateEntity);
      const state = await states.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!state) throw notFound('Participating state', input.id);
      const before = { name: state.name, status: state.status };
      if (input.name !== undefined) state.name = input.name.trim();
      if (input.status !== undefined) state.status = input.status;
      const saved = await states.save(state);
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.STATE_UPDATED,
        objectType: 'participating_state',
        objectId: state.id,
        stateId: state.id,
        summary: { code: state.code, changed: changedFields(before, { name: state.name, status: state.status }) },
      });
      return saved;
    });
  }
}
