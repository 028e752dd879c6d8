import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConcordConfig, InjectConfig, PeriodicSweep } from '@concord/shared/config';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditCheckpointTrigger } from './audit-checkpoint-trigger';

/**
 * Signs the chain's head every AUDIT_CHECKPOINT_INTERVAL_MS, so that events between publications are anchored too.
 * A head already checkpointed is not signed again, so several API instances may sweep at once.
 */
@Injectable()
export class AuditCheckpointScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditCheckpointScheduler');
  private readonly sweeper = new PeriodicSweep(
    async () => {
      await this.checkpoints.take(AuditCheckpointTrigger.SCHEDULE);
    },
    (error) => this.logger.error(`Signing an audit checkpoint failed: ${error instanceof Error ? error.message : String(error)}`),
  );

  constructor(
    private readonly checkpoints: AuditCheckpointService,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeper.start(this.config.auditCheckpointIntervalMs);
  }

  /** Before the database connection closes: stop the timer and let a running sweep finish. */
  onModuleDestroy(): Promise<void> {
    return this.sweeper.stop();
  }

  sweep(): Promise<void> {
    return this.sweeper.run();
  }
}
