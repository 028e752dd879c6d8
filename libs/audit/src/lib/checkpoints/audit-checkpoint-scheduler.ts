import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditCheckpointTrigger } from './audit-checkpoint-trigger';

/**
 * Signs the chain's head every AUDIT_CHECKPOINT_INTERVAL_MS, so that events between publications are anchored too.
 * A head already checkpointed is not signed again, so several API instances may sweep at once.
 */
@Injectable()
export class AuditCheckpointScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditCheckpointScheduler');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly checkpoints: AuditCheckpointService,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.auditCheckpointIntervalMs);
    this.timer.unref();
  }

  /** Before the database connection closes: stop the timer and let a running sweep finish. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
  }

  sweep(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.sweeping ??= this.checkpoints
      .take(AuditCheckpointTrigger.SCHEDULE)
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`Signing an audit checkpoint failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.sweeping = undefined;
      });
    return this.sweeping;
  }
}
