import { DynamicModule, Global, Inject, Injectable, MiddlewareConsumer, Module, NestMiddleware, NestModule, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { ReadContext, runWithReadContext } from './read-context';
import { ReadReplicas, ReadReplicaSettings } from './read-replicas';
import { isWalPosition, parseWalPosition } from './wal-position';

/** The header a client sends back with the position its last mutation returned (Concord-Lsn). */
export const MIN_LSN_HEADER = 'concord-min-lsn';
/** The header a mutation's response carries: the primary's WAL position once the mutation has committed. */
export const LSN_HEADER = 'concord-lsn';

/** Gives every HTTP request its read context; a Nest middleware, so it runs after the body is parsed, in the request's own async context. */
@Injectable()
class ReadContextMiddleware implements NestMiddleware {
  use(request: IncomingMessage, _response: unknown, next: () => void): void {
    const header = request.headers[MIN_LSN_HEADER];
    const value = Array.isArray(header) ? header[0] : header;
    const context: ReadContext = {};
    if (value !== undefined && isWalPosition(value)) context.minPosition = parseWalPosition(value);
    // A position we cannot read cannot be checked: the primary is the one server sure to have it.
    else if (value !== undefined) context.primaryOnly = true;
    runWithReadContext(context, next);
  }
}

const SETTINGS = Symbol('ReadReplicaSettings');

@Global()
@Module({})
export class ReadReplicasModule implements NestModule, OnApplicationBootstrap, OnModuleDestroy {
  static forRoot(settings: ReadReplicaSettings): DynamicModule {
    return {
      module: ReadReplicasModule,
      providers: [
        { provide: SETTINGS, useValue: settings },
        { provide: ReadReplicas, inject: [getDataSourceToken(), SETTINGS], useFactory: (primary: DataSource, value: ReadReplicaSettings) => new ReadReplicas(primary, value) },
      ],
      exports: [ReadReplicas],
    };
  }

  constructor(@Inject(ReadReplicas) private readonly replicas: ReadReplicas) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReadContextMiddleware).forRoutes('{*path}');
  }

  onApplicationBootstrap(): Promise<void> {
    return this.replicas.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.replicas.close();
  }
}
