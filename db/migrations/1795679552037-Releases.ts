import { MigrationInterface, QueryRunner } from "typeorm";

export class Releases1795679552037 implements MigrationInterface {
    name = 'Releases1795679552037'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "release_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "release_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "subject" text NOT NULL,
                "code" text,
                "term" text,
                "kind" text NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "proposal_id" uuid,
                CONSTRAINT "release_change_position_unique" UNIQUE ("release_id", "position"),
                CONSTRAINT "release_change_sides" CHECK (
                    (
                        "kind" = 'ADDED'
                        AND "before" IS NULL
                        AND "after" IS NOT NULL
                    )
                    OR (
                        "kind" = 'AMENDED'
                        AND "before" IS NOT NULL
                        AND "after" IS NOT NULL
                    )
                    OR (
                        "kind" = 'REMOVED'
                        AND "before" IS NOT NULL
                    )
                ),
                CONSTRAINT "release_change_names_its_subject" CHECK (
                    ("subject" = 'ENTRY') = ("code" IS NOT NULL)
                    AND ("code" IS NULL) = ("term" IS NOT NULL)
                ),
                CONSTRAINT "release_change_kind_known" CHECK ("kind" IN ('ADDED', 'AMENDED', 'REMOVED')),
                CONSTRAINT "release_change_subject_known" CHECK ("subject" IN ('ENTRY', 'DEFINITION')),
                CONSTRAINT "PK_9bf10d06a2e227b3886f872ff34" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "release_change_code_idx" ON "release_change" ("code")
        `);
        await queryRunner.query(`
            CREATE TABLE "release_document" (
                "release_id" uuid NOT NULL,
                "format" text NOT NULL,
                "bytes" bytea NOT NULL,
                "digest" character(64) NOT NULL,
                "key_id" text NOT NULL,
                "algorithm" text NOT NULL,
                "signature" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "release_document_key_id_present" CHECK (length("key_id") > 0),
                CONSTRAINT "release_document_algorithm_known" CHECK ("algorithm" = 'Ed25519'),
                CONSTRAINT "release_document_digest_sha256" CHECK ("digest" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "PK_6f8a297488e45b47b09c1708f8c" PRIMARY KEY ("release_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "release_change"
            ADD CONSTRAINT "release_change_release_fk" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_change"
            ADD CONSTRAINT "release_change_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_document"
            ADD CONSTRAINT "release_document_release_fk" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // What governments verify must never change under them: the signed document is written once, and the
        // changelog only before its release is sealed by that document. Enforced here, not only in code.
        await queryRunner.query(`
            CREATE FUNCTION "release_document_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    IF NOT EXISTS (SELECT 1 FROM "release" WHERE id = NEW.release_id AND status = 'PUBLISHED') THEN
                        RAISE EXCEPTION 'Only a release being published can be given its signed document' USING ERRCODE = 'P0001';
                    END IF;
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'A signed release document is never changed or deleted' USING ERRCODE = 'P0001';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_document_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "release_document"
            FOR EACH ROW EXECUTE FUNCTION "release_document_guard"()
        `);
        await queryRunner.query(`
            CREATE FUNCTION "release_change_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM "release_document" WHERE release_id = NEW.release_id) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'The changelog of a signed release is never changed' USING ERRCODE = 'P0001';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_change_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "release_change"
            FOR EACH ROW EXECUTE FUNCTION "release_change_guard"()
        `);
        for (const table of ['release_document', 'release_change']) {
            await queryRunner.query(`
                CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "release_truncate_guard"()
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['release_document', 'release_change']) {
            await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER "${table}_immutable" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION "release_change_guard"()`);
        await queryRunner.query(`DROP FUNCTION "release_document_guard"()`);
        await queryRunner.query(`
            ALTER TABLE "release_document" DROP CONSTRAINT "release_document_release_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_change" DROP CONSTRAINT "release_change_proposal_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_change" DROP CONSTRAINT "release_change_release_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "release_document"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."release_change_code_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "release_change"
        `);
    }

}
