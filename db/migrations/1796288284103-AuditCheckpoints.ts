import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anchors the audit chain (issue 15): signed checkpoints of its head, append-only like the chain, and a content
 * digest in the hash of new events so that a reader shown an event redacted can still recompute the chain. Events
 * already written keep their hash and are marked version 1, which is how they stay verifiable.
 */
export class AuditCheckpoints1796288284103 implements MigrationInterface {
    name = 'AuditCheckpoints1796288284103';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_checkpoint" (
                "sequence" bigint NOT NULL,
                "hash" character(64) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "trigger" text NOT NULL,
                "envelope" jsonb NOT NULL,
                CONSTRAINT "audit_checkpoint_sequence_positive" CHECK ("sequence" > 0),
                CONSTRAINT "audit_checkpoint_hash_hex" CHECK ("hash" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "PK_f21aba985cbbd4eeea9f06c588f" PRIMARY KEY ("sequence")
            )
        `);
        await queryRunner.query(`
            CREATE FUNCTION "audit_checkpoint_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'Audit checkpoints are append-only: % on audit_checkpoint is refused', TG_OP USING ERRCODE = 'P0001';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "audit_checkpoint_immutable" BEFORE UPDATE OR DELETE ON "audit_checkpoint"
            FOR EACH ROW EXECUTE FUNCTION "audit_checkpoint_append_only"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "audit_checkpoint_no_truncate" BEFORE TRUNCATE ON "audit_checkpoint"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_checkpoint_append_only"()
        `);
        // Adding a column with a default writes no row (no UPDATE trigger fires); the default then goes, so that
        // every writer states the version it hashed with.
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "chain_version" smallint NOT NULL DEFAULT 1`);
        await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "chain_version" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "content_salt" character(32)`);
        await queryRunner.query(`
            ALTER TABLE "audit_event"
            ADD CONSTRAINT "audit_event_salt_by_version" CHECK (
                ("chain_version" = 1 AND "content_salt" IS NULL) OR ("chain_version" = 2 AND "content_salt" ~ '^[0-9a-f]{32}$')
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_salt_by_version"`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "content_salt"`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "chain_version"`);
        await queryRunner.query(`DROP TABLE "audit_checkpoint"`);
        await queryRunner.query(`DROP FUNCTION "audit_checkpoint_append_only"()`);
    }
}
