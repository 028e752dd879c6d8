import { DataSource, ReplicationMode } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { requestApplicationName, requestContext } from './request-context';

/**
 * Names a request's transactions after its request id, in `pg_stat_activity.application_name`, at no cost: `SET LOCAL`
 * travels in the same simple-protocol message as `START TRANSACTION` (one round trip, as before) and ends with the
 * transaction, so the pooled connection goes back as it was. A `SET application_name` per request would cost a round
 * trip each time and outlive the request on the connection; the pool's own application_name is per connection.
 * Statements outside a transaction keep the pool's name (`concord`): they are the short ones.
 */
class RequestNamedQueryRunner extends PostgresQueryRunner {
  override query(query: string, parameters?: unknown[], useStructuredResult?: boolean): Promise<any> {
    const request = query === 'START TRANSACTION' ? requestContext.getStore() : undefined;
    // The id is checked to be plain characters (requestIdFrom), so it is a safe literal.
    const sql = request ? `START TRANSACTION; SET LOCAL application_name = '${requestApplicationName(request.id)}'` : query;
    return super.query(sql, parameters, useStructuredResult);
  }
}

export function nameTransactionsAfterRequests(db: DataSource): void {
  const driver = db.driver as PostgresDriver;
  driver.createQueryRunner = (mode: ReplicationMode) => new RequestNamedQueryRunner(driver, mode);
}
