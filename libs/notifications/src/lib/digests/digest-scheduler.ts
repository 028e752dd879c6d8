import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { DigestsService } from './digests.service';

/** Sends due digests every MAIL_POLL_MS; a digest hour missed while the API was down is caught up at start. */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Digests');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly digests: DigestsService,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.mailPollMs);
    this.timer.unref();
    this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    this.running ??= this.digests
      .sweep()
      .catch((error: unknown) => this.logger.error(`Digest round failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = undefined));
  }
}
