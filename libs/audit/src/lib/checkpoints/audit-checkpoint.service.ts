import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { Clock } from '@concord/shared/config';
import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { SignedAuditCheckpoint } from './audit-checkpoint-envelope';
import { AuditCheckpointTrigger } from './audit-checkpoint-trigger';
import { CheckpointSigner } from './checkpoint-signer';
import { takeAuditCheckpoint } from './take-audit-checkpoint';

const MAX_LISTED = 100;

/** Checkpoints are for whoever may read releases: holding them is how a participant anchors the trail. */
@Injectable()
export class AuditCheckpointService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
  ) {}

  /** A checkpoint of the head in its own transaction (the scheduler's); null while the chain is empty. */
  take(trigger: AuditCheckpointTrigger): Promise<SignedAuditCheckpoint | null> {
    return this.db.transaction((manager) => takeAuditCheckpoint(manager, this.signer, trigger, this.clock.now()));
  }

  /** Newest first; `beforeSequence` pages back. */
  async list(actor: Actor, first = MAX_LISTED, beforeSequence?: number): Promise<AuditCheckpointEntity[]> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const query = this.db.getRepository(AuditCheckpointEntity).createQueryBuilder('c').orderBy('c.sequence', 'DESC').limit(Math.min(Math.max(first, 1), MAX_LISTED));
    if (beforeSequence !== undefined) query.where('c.sequence < :beforeSequence', { beforeSequence });
    return query.getMany();
  }

  async latest(actor: Actor): Promise<AuditCheckpointEntity | null> {
    const [latest] = await this.list(actor, 1);
    return latest ?? null;
  }

  /** The signer's keys, for checking a checkpoint a caller hands in. */
  get keys(): CheckpointSigner['keys'] {
    return this.signer.keys;
  }
}
