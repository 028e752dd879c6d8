import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@concord/audit';
import { AuthModule, CredentialsVerifier } from '@concord/auth';
import { BallotsModule } from '@concord/ballots';
import { ControlListModule } from '@concord/control-list';
import { EventsModule, OpenSockets } from '@concord/events';
import { ImplementationModule } from '@concord/implementation';
import { NotificationsModule } from '@concord/notifications';
import { ProposalsModule } from '@concord/proposals';
import { ReleasesModule, SigningKeyring } from '@concord/releases';
import { ENTITIES, MIGRATIONS } from '@concord/database';
import { ConcordConfig, ConcordConfigModule } from '@concord/shared/config';
import { dataSourceOptions, ReadReplicas, ReadReplicasModule } from '@concord/shared/db';
import { createValidationPipe } from '@concord/shared/graphql';
import { MailModule } from '@concord/shared/mail';
import { AuditAction } from './audit-actions';
import { HealthController } from './health.controller';
import { Observability, ObservabilityModule } from './observability/observability';
import { ShutdownState } from './shutdown-state';
import { graphqlOptions } from './graphql.options';

@Module({})
export class AppModule {
  static forRoot(config: ConcordConfig, databaseUrl: string, observability: Observability): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConcordConfigModule.forRoot(config),
        ObservabilityModule.forRoot(observability),
        TypeOrmModule.forRoot(dataSourceOptions({ url: databaseUrl, entities: ENTITIES, migrations: MIGRATIONS })),
        ReadReplicasModule.forRoot({ urls: config.databaseReplicaUrls, maxLagMs: config.replicaMaxLagMs, pollMs: config.replicaPollMs, entities: ENTITIES }),
        // Async so that WebSocket connections authenticate with the auth module's own credential checks.
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, EventsModule],
          inject: [CredentialsVerifier, OpenSockets, Observability, ReadReplicas],
          useFactory: (credentials: CredentialsVerifier, sockets: OpenSockets, observed: Observability, replicas: ReadReplicas) =>
            graphqlOptions(config, credentials, sockets, observed, replicas),
        }),
        // Checkpoints are signed with the secretariat's release key for now (issue 15).
        AuditModule.forRoot({ actions: AuditAction, checkpointSigner: (settings) => SigningKeyring.fromConfig(settings) }),
        MailModule,
        EventsModule,
        NotificationsModule,
        AuthModule,
        ControlListModule,
        ProposalsModule,
        ReleasesModule,
        BallotsModule,
        ImplementationModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }, ShutdownState],
    };
  }
}
