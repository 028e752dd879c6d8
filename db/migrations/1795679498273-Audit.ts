import { MigrationInterface, QueryRunner } from "typeorm";

export class Audit1795679498273 implements MigrationInterface {
    name = 'Audit1795679498273'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" uuid NOT NULL,
                "sequence" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_kind" text NOT NULL,
                "actor_id" text,
                "state_id" uuid,
                "action" text NOT NULL,
                "object_type" text NOT NULL,
                "object_id" text NOT NULL,
                "summary" jsonb NOT NULL,
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "audit_event_hash_unique" UNIQUE ("hash"),
                CONSTRAINT "audit_event_prev_hash_unique" UNIQUE ("prev_hash"),
                CONSTRAINT "audit_event_sequence_unique" UNIQUE ("sequence"),
                CONSTRAINT "audit_event_actor_kind_known" CHECK (
                    "actor_kind" IN ('USER', 'API_CLIENT', 'SYSTEM', 'ANONYMOUS')
                ),
                CONSTRAINT "audit_event_hashes_hex" CHECK (
                    "hash" ~ '^[0-9a-f]{64}$'
                    AND "prev_hash" ~ '^[0-9a-f]{64}$'
                ),
                CONSTRAINT "audit_event_sequence_positive" CHECK ("sequence" > 0),
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_event_occurred_at" ON "audit_event" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_event_action_sequence" ON "audit_event" ("action", "sequence")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_event_object" ON "audit_event" ("object_type", "object_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_event_state_sequence" ON "audit_event" ("state_id", "sequence")
        `);
        // Append-only in the database itself, not only in code: even the application's own role cannot rewrite history.
        // Only a superuser who disables the triggers can, and the hash chain then names the altered event.
        await queryRunner.query(`
            CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'Audit events are append-only: % on audit_event is refused', TG_OP USING ERRCODE = 'P0001';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "audit_event_immutable" BEFORE UPDATE OR DELETE ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
        await queryRunner.query(`DROP TRIGGER "audit_event_immutable" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
        await queryRunner.query(`
            DROP INDEX "public"."audit_event_state_sequence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_event_object"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_event_action_sequence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_event_occurred_at"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}
