import { Plugin } from '@nestjs/apollo';
import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { RELEASED_STATUSES, ReleaseStatus, VERSION_ORDER_SQL } from '@concord/control-list';
import { ReadReplicas } from '@concord/shared/db';
import { GraphQLContext } from '@concord/shared/graphql';
import { ReleaseCacheStatistics } from '../release-cache-statistics';
import { CachedBody } from './cached-body';
import { immutableRead, ImmutableRead, requestedVersions } from './immutable-operation';
import { ReleaseInForce } from './release-in-force';
import { frontRequestKey } from './release-query-front';
import { ReleaseResponseStore } from './release-response-store';
import { responseKey } from './response-key';

/**
 * Whole responses of queries that only read published releases (`release(version)`, `latestRelease` under the
 * version in force, `signingKeys`), kept in memory:
 * such a release never changes (the database refuses it), so the same query and variables always give the same
 * bytes, and a repeated pull needs neither SQL nor graphql-js building hundreds of entries again.
 *
 * Served from `responseForOperation`, i.e. after parsing, validation and the query limits, in place of execution;
 * stored from `willSendResponse` when execution succeeded without errors, from the second miss of the same key on
 * (ReleaseResponseStore.admit). The caller is authenticated and checked for READ_RELEASES here before a hit is
 * served (see ReleaseReaderCheck); otherwise execution runs as usual.
 * A hit also teaches the front path (ReleaseQueryFront) the request's bytes, so their next arrival skips all this.
 */
@Plugin()
export class ReleasePullCachePlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(
    private readonly store: ReleaseResponseStore,
    private readonly replicas: ReadReplicas,
    private readonly statistics: ReleaseCacheStatistics,
    private readonly inForce: ReleaseInForce,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext> | void> {
    const cache = this.store.responses;
    if (!cache) return;
    let storeAs: string | undefined;
    return {
      responseForOperation: async ({ schema, document, operation, operationName, queryHash, request, contextValue }) => {
        // Only HTTP requests carry the headers the caller is checked by.
        if (!request.http || !queryHash) return null;
        const read = immutableRead(schema, document, operation);
        if (!read) return null;
        let inForce: string | undefined;
        if (read.followsPublication) {
          // Not known yet, or no release at all (nothing worth keeping): execution answers.
          inForce = this.inForce.version ?? undefined;
          if (!inForce) return null;
        }
        const key = responseKey(queryHash, operationName, request.variables, inForce);
        const hit = cache.get(key);
        if (hit && (await this.store.readers.mayReadReleases(request.http.headers))) {
          this.statistics.responses.hits++;
          const front = frontRequestKey(contextValue.req);
          const operationName = operation.name?.value;
          return hit.respond(contextValue.res, front ? (headers) => this.store.learn(front, { responseKey: key, inForce, operationName }, headers) : undefined);
        }
        // Also a caller the check sent on: execution answers them, as it does on a miss.
        this.statistics.responses.misses++;
        if (hit || !this.store.admit(key)) return null;
        const versions = requestedVersions(schema, operation, read, request.variables);
        if (versions && (await this.settled(versions, read, inForce))) storeAs = key;
        return null;
      },
      willSendResponse: async ({ response, request, contextValue }) => {
        if (!storeAs || response.body.kind !== 'single') return;
        const { data, errors, extensions } = response.body.singleResult;
        if (errors?.length || extensions || !data || (response.http.status !== undefined && response.http.status !== 200)) return;
        const body = CachedBody.of(data);
        cache.set(storeAs, body, body.bytes.length);
        if (request.http) this.store.readers.executedForReader(request.http.headers);
        // The bytes just made are this response too: Apollo would stringify the same data once more.
        if (contextValue.res) response.body = body.respond(contextValue.res).body;
      },
    };
  }

  /**
   * Checked before execution, so what execution reads can only be the same or a later state: a release read as
   * PUBLISHED may be SUPERSEDED by the time the response is stored, never the other way round. Drafts are not served
   * by `release(version)` at all; they are refused here too so a change there cannot leak one into the cache.
   * Read where execution reads (the request's replica, or the primary), which keeps "the same or a later state" true.
   * For `latestRelease`, where execution reads must also have the version in force that the key names: a replica
   * still behind a publication this instance has heard of would otherwise put the superseded release under the new
   * version's key. (A publication committed after this check can only put the newer release under the older key,
   * which is no longer used once this instance hears of it.) The release in force is PUBLISHED, so its `status` is
   * never kept: once SUPERSEDED it is no longer what `latestRelease` names.
   */
  private async settled(versions: string[], read: ImmutableRead, inForce: string | undefined): Promise<boolean> {
    const named = inForce ? [...versions, inForce] : versions;
    if (named.length === 0) return true;
    const rows = await this.replicas.read((db) =>
      db.query<{ version: string; status: ReleaseStatus; in_force: boolean }[]>(
        `SELECT version, status, version = (SELECT version FROM release WHERE status = $2 ORDER BY ${VERSION_ORDER_SQL('version')} DESC LIMIT 1) AS in_force
         FROM release WHERE version = ANY($1::text[])`,
        [named, ReleaseStatus.PUBLISHED],
      ),
    );
    const status = new Map(rows.map((row) => [row.version, row.status]));
    const acceptable = read.selectsSettling ? [ReleaseStatus.SUPERSEDED] : RELEASED_STATUSES;
    if (!named.every((version) => acceptable.includes(status.get(version)!))) return false;
    return !inForce || rows.some((row) => row.version === inForce && row.in_force);
  }
}
