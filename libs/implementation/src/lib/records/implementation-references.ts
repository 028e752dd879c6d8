import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ParticipatingStateEntity } from '@concord/auth';
import { ReleaseEntity } from '@concord/control-list';
import { ReadReplicas } from '@concord/shared/db';
import { byKeys } from '@concord/shared/graphql';

/** The releases and states implementation records point at, loaded once per request however many cells show them. */
@Injectable()
export class ImplementationReferences {
  constructor(private readonly replicas: ReadReplicas) {}

  /** Every state, in code order: the columns of the matrix. One key, so one query per request. */
  readonly allStates = () =>
    new DataLoader<'all', ParticipatingStateEntity[]>(async (keys) => {
      const states = await this.replicas.read((db) => db.getRepository(ParticipatingStateEntity).find({ order: { code: 'ASC' } }));
      return keys.map(() => states);
    });

  readonly releasesById = () =>
    new DataLoader<string, ReleaseEntity | null>(async (ids) =>
      byKeys(ids, await this.replicas.read((db) => db.getRepository(ReleaseEntity).findBy({ id: In([...ids]) })), (release) => release.id),
    );
}
