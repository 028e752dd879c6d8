import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@concord/auth';
import { EventBus } from '@concord/events';
import { ReadReplicas, ReplicaReport } from '@concord/shared/db';
import { ShutdownState } from './shutdown-state';

type Check = 'ok' | `failed: ${string}`;

export interface Readiness {
  status: 'ready' | 'not ready';
  checks: { database: Check; migrations: Check; events: Check; shutdown: 'no' | 'draining'; replicas: ReplicaReport[] };
}

/**
 * For load balancers and orchestrators. `live`: the process answers (restart it if not). `ready`: send it traffic —
 * PostgreSQL answers, every migration this build knows is applied, events can travel (Redis, when configured), and
 * the instance is not shutting down; the read replicas' state is reported alongside. `/health` stays as the readiness check older set-ups call.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventBus,
    private readonly shutdown: ShutdownState,
    private readonly replicas: ReadReplicas,
  ) {}

  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get(['ready', ''])
  @Public()
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const [database, migrations, events] = await Promise.all([this.databaseCheck(), this.migrationsCheck(), this.eventsCheck()]);
    // Replicas are reported, not required: with all of them down the instance still serves every read from the primary.
    const replicas = this.replicas.report();
    const checks = { database, migrations, events, shutdown: this.shutdown.draining ? ('draining' as const) : ('no' as const), replicas };
    const ready = database === 'ok' && migrations === 'ok' && events === 'ok' && !this.shutdown.draining;
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'ready' : 'not ready', checks };
  }

  private async databaseCheck(): Promise<Check> {
    try {
      await this.db.query('SELECT 1');
      return 'ok';
    } catch (error) {
      return failed(error);
    }
  }

  private async migrationsCheck(): Promise<Check> {
    try {
      const applied = new Set((await this.db.query<{ name: string }[]>('SELECT name FROM schema_migration')).map((row) => row.name));
      const pending = this.db.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
      return pending.length ? `failed: ${pending.length} migration(s) not applied: ${pending.join(', ')}` : 'ok';
    } catch (error) {
      return failed(error);
    }
  }

  private async eventsCheck(): Promise<Check> {
    const problem = await this.events.transportProblem();
    return problem ? `failed: ${problem}` : 'ok';
  }
}

const failed = (error: unknown): Check => `failed: ${error instanceof Error ? error.message : String(error)}`;
