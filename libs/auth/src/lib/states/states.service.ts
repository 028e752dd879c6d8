import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, conflict, describeConstraint, notFound } from '@concord/shared/graphql';
import { AccessPolicy } from '../authorization/access-policy';
import { Actor } from '../authorization/actor';
import { Permission } from '../authorization/permission';
import { CreateParticipatingStateInput } from './create-participating-state.input';
import { ParticipatingStateEntity } from './participating-state.entity';
import { UpdateParticipatingStateInput } from './update-participating-state.input';

describeConstraint('participating_state_code_unique', () =>
  conflict('A participating state with that code already exists', 'DUPLICATE_STATE'),
);

@Injectable()
export class StatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  private get repository() {
    return this.db.getRepository(ParticipatingStateEntity);
  }

  /** Per-request loader for `User.state`, `ApiClient.state` and friends. */
  readonly byId = () =>
    new DataLoader<string, ParticipatingStateEntity | null>(async (ids) =>
      byKeys(ids, await this.repository.findBy({ id: In([...ids]) }), (state) => state.id),
    );

  async list(actor: Actor): Promise<ParticipatingStateEntity[]> {
    this.access.assert(actor, Permission.AUTHENTICATED);
    return this.repository.find({ order: { code: 'ASC' } });
  }

  async create(actor: Actor, input: CreateParticipatingStateInput): Promise<ParticipatingStateEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    return this.repository.save(this.repository.create({ code: input.code, name: input.name.trim(), status: input.status }));
  }

  async update(actor: Actor, input: UpdateParticipatingStateInput): Promise<ParticipatingStateEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    const state = await this.repository.findOneBy({ id: input.id });
    if (!state) throw notFound('Participating state', input.id);
    if (input.name !== undefined) state.name = input.name.trim();
    if (input.status !== undefined) state.status = input.status;
    return this.repository.save(state);
  }

  async requireById(id: string): Promise<ParticipatingStateEntity> {
    const state = await this.repository.findOneBy({ id });
    if (!state) throw notFound('Participating state', id, 'STATE_NOT_FOUND');
    return state;
  }
}
