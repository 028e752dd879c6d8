import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@concord/shared/testing';
import { CONSTRAINT_ERRORS } from '@concord/api';

/**
 * Constraints a user's write cannot break through any operation, so no message is owed: the refusal would be our bug
 * and INTERNAL is the honest answer. Primary keys are generated ids or keys the services compose; foreign keys point
 * at rows the services looked up in the same transaction. Anything else appears here only with its reason.
 */
const INTERNAL_ONLY: Readonly<Record<string, string>> = {
  api_client_key_id_unique: 'key ids are random',
  audit_event_hash_unique: 'the audit chain is appended under its own lock',
  audit_event_prev_hash_unique: 'the audit chain is appended under its own lock',
  audit_event_sequence_unique: 'the audit chain is appended under its own lock',
  password_reset_token_unique: 'tokens are random',
  recovery_code_hash_unique: 'codes are random',
  refresh_token_hash_unique: 'tokens are random',
  proposal_reference_unique: 'references come from the locked per-year sequence',
  release_definition_position_unique: 'positions are numbered by the snapshot writer',
  release_entry_position_unique: 'positions are numbered by the snapshot writer',
  webhook_attempt_number_unique: 'attempts are numbered by the delivery worker, not by a caller',
};

/**
 * Kinds that need no word by default. Primary and foreign keys guard internal consistency (see above). A check
 * constraint that no table describes still answers BAD_USER_INPUT / CONSTRAINT_VIOLATION, which is true if vague;
 * the ones a user's own input reaches have entries, and the rest mostly mirror GraphQL enums and validation.
 * Unique, exclusion and trigger refusals have no honest generic answer, so those must all be described.
 */
const INTERNAL_KINDS = new Set(['p', 'f', 'c']);

interface Named {
  name: string;
  table: string;
  kind: string;
}

describe('constraint messages', () => {
  let database: TestDatabase;
  let named: Named[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      // Unique indexes that are not constraints (partial or expression ones) refuse with their own name too.
      const { rows } = await client.query<Named>(`
        SELECT c.conname AS name, t.relname AS "table", c.contype AS kind
          FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'c', 'x', 'f')
        UNION
        SELECT i.indexname, i.tablename, 'i'
          FROM pg_indexes i
         WHERE i.schemaname = 'public' AND i.indexdef LIKE 'CREATE UNIQUE INDEX%'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
         ORDER BY 1`);
      // Our triggers name what they refuse (RAISE … USING CONSTRAINT = 'name'), and that name reaches the driver.
      const triggers = await client.query<{ name: string }>(`
        SELECT DISTINCT m[1] AS name
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
               regexp_matches(p.prosrc, 'CONSTRAINT\\s*=\\s*''([^'']+)''', 'g') AS m
         WHERE n.nspname = 'public'`);
      named = [...rows, ...triggers.rows.map(({ name }) => ({ name, table: 'trigger', kind: 't' }))];
    } finally {
      await client.end();
    }
  });

  afterAll(() => database?.drop());

  it('has a message for every constraint a user can run into', () => {
    const undescribed = named
      .filter(({ name, kind }) => !(name in CONSTRAINT_ERRORS) && !(name in INTERNAL_ONLY) && !INTERNAL_KINDS.has(kind))
      .map(({ name, table, kind }) => `${name} (${kind} on ${table})`);
    expect(undescribed).toEqual([]);
  });

  it('describes only constraints that exist, so a renamed one is not silently left without words', () => {
    const existing = new Set(named.map(({ name }) => name));
    expect(Object.keys(CONSTRAINT_ERRORS).filter((name) => !existing.has(name))).toEqual([]);
    expect(Object.keys(INTERNAL_ONLY).filter((name) => !existing.has(name))).toEqual([]);
  });
});
