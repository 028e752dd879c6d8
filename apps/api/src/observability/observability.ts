import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { Metrics } from './metrics';

/** What this instance reports, as configured: metrics (METRICS_ENABLED) and the JSON log (LOG_FORMAT=json), or neither. */
export class Observability {
  constructor(
    readonly metrics: Metrics | undefined,
    readonly log: Logger | undefined,
  ) {}
}

@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(observability: Observability): DynamicModule {
    return { module: ObservabilityModule, providers: [{ provide: Observability, useValue: observability }], exports: [Observability] };
  }
}
