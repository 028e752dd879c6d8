import { MigrationInterface, QueryRunner } from "typeorm";

/** Snapshot tables and what their rows are called in the refusal message. */
const SNAPSHOT_TABLES: ReadonlyArray<readonly [string, string]> = [
    ['release_entry', 'entries'],
    ['release_paragraph', 'paragraphs'],
    ['release_reference', 'related-control references'],
    ['release_correlation', 'customs correlations'],
    ['release_definition', 'definitions'],
];

/**
 * Releases and their immutable snapshots (DESIGN §3, §6). Generated from the entities, then completed by hand with the
 * full-text index and the triggers that make a published release unchangeable.
 */

export class ControlList1795678334020 implements MigrationInterface {
    name = 'ControlList1795678334020'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "release" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" text NOT NULL,
                "status" text NOT NULL DEFAULT 'DRAFT',
                "source" text NOT NULL,
                "origin" jsonb,
                "content_digest" character(64) NOT NULL,
                "effective_from" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "release_content_digest_unique" UNIQUE ("content_digest"),
                CONSTRAINT "release_version_unique" UNIQUE ("version"),
                CONSTRAINT "release_content_digest_sha256" CHECK ("content_digest" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "release_published_at_iff_published" CHECK (("status" = 'DRAFT') = ("published_at" IS NULL)),
                CONSTRAINT "release_source_known" CHECK ("source" IN ('IMPORT', 'PROPOSALS')),
                CONSTRAINT "release_status_known" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
                CONSTRAINT "release_version_format" CHECK ("version" ~ '^[0-9]{4}\\.(0|[1-9][0-9]{0,5})$'),
                CONSTRAINT "PK_1a2253436964eea9c558f9464f4" PRIMARY KEY ("id")
            )
        `);
        // TypeORM reads generated-column expressions from typeorm_metadata when it diffs the schema; it creates that
        // table only when migrations run with entities loaded, which the test template build does not do.
        await queryRunner.query(`
            CREATE TABLE IF NOT EXISTS "typeorm_metadata" (
                "type" character varying NOT NULL,
                "database" character varying,
                "schema" character varying,
                "table" character varying,
                "name" character varying,
                "value" text
            )
        `);
        await queryRunner.query(`
            INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
            VALUES (current_database(), current_schema(), $1, $2, $3, $4)
        `, ["release_entry","GENERATED_COLUMN","search","setweight(to_tsvector('english', translate(\"heading\", '“”‘’«»', '      ')), 'A') || setweight(to_tsvector('english', translate(\"body\", '“”‘’«»', '      ')), 'B')"]);
        await queryRunner.query(`
            CREATE TABLE "release_entry" (
                "release_id" uuid NOT NULL,
                "code" text NOT NULL,
                "position" integer NOT NULL,
                "heading" text NOT NULL,
                "status" text NOT NULL,
                "reasons" text array NOT NULL,
                "related_controls_text" text,
                "definitions" text array NOT NULL,
                "body" text NOT NULL,
                "search" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', translate("heading", '“”‘’«»', '      ')), 'A')
                    || setweight(to_tsvector('english', translate("body", '“”‘’«»', '      ')), 'B')
                ) STORED NOT NULL,
                CONSTRAINT "release_entry_position_unique" UNIQUE ("release_id", "position"),
                CONSTRAINT "release_entry_position_natural" CHECK ("position" >= 0),
                CONSTRAINT "release_entry_reasons_codes" CHECK (
                    array_to_string("reasons", ' ') ~ '^([A-Z][A-Z0-9]{0,9}( |$))*$'
                ),
                CONSTRAINT "release_entry_heading_present" CHECK (length(btrim("heading")) > 0),
                CONSTRAINT "release_entry_status_known" CHECK ("status" IN ('ACTIVE', 'RESERVED')),
                CONSTRAINT "release_entry_code_grammar" CHECK ("code" ~ '^[0-9][A-E][0-9]{3}$'),
                CONSTRAINT "PK_f6702fb2cdd7b07273a887c6f87" PRIMARY KEY ("release_id", "code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "release_correlation" (
                "release_id" uuid NOT NULL,
                "entry_code" text NOT NULL,
                "position" integer NOT NULL,
                "scheme" text NOT NULL,
                "code" text NOT NULL,
                "relation" text NOT NULL,
                CONSTRAINT "release_correlation_position_natural" CHECK ("position" >= 0),
                CONSTRAINT "release_correlation_code_digits" CHECK ("code" ~ '^[0-9]{2,10}$'),
                CONSTRAINT "release_correlation_relation_known" CHECK (
                    "relation" IN ('SAME', 'BROADER', 'NARROWER', 'PARTIAL')
                ),
                CONSTRAINT "release_correlation_scheme_known" CHECK ("scheme" IN ('HS2022', 'CN')),
                CONSTRAINT "PK_f9941cdf2d9e7506c6da830dc79" PRIMARY KEY ("release_id", "entry_code", "position")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "release_definition" (
                "release_id" uuid NOT NULL,
                "term" text NOT NULL,
                "position" integer NOT NULL,
                "text" text NOT NULL,
                CONSTRAINT "release_definition_position_unique" UNIQUE ("release_id", "position"),
                CONSTRAINT "release_definition_position_natural" CHECK ("position" >= 0),
                CONSTRAINT "release_definition_text_present" CHECK (length(btrim("text")) > 0),
                CONSTRAINT "release_definition_term_present" CHECK (
                    length(btrim("term")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_a87110c7a3a93233f7c52ef11a5" PRIMARY KEY ("release_id", "term")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "release_paragraph" (
                "release_id" uuid NOT NULL,
                "entry_code" text NOT NULL,
                "position" integer NOT NULL,
                "path" text NOT NULL,
                "kind" text NOT NULL,
                "text" text NOT NULL,
                CONSTRAINT "release_paragraph_position_natural" CHECK ("position" >= 0),
                CONSTRAINT "release_paragraph_path_in_entry" CHECK (
                    (
                        "path" = "entry_code"
                        OR starts_with("path", "entry_code" || '.')
                    )
                    AND "path" ~ '^[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*$'
                ),
                CONSTRAINT "release_paragraph_kind_known" CHECK (
                    "kind" IN (
                        'ITEM',
                        'NOTE',
                        'TECHNICAL_NOTE',
                        'NB',
                        'DECONTROL_NOTE'
                    )
                ),
                CONSTRAINT "PK_c80075bf44e6a9360becf0c493d" PRIMARY KEY ("release_id", "entry_code", "position")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "release_reference" (
                "release_id" uuid NOT NULL,
                "entry_code" text NOT NULL,
                "position" integer NOT NULL,
                "regime" text NOT NULL,
                "code" text NOT NULL,
                CONSTRAINT "release_reference_position_natural" CHECK ("position" >= 0),
                CONSTRAINT "release_reference_code_present" CHECK (
                    length(btrim("code")) BETWEEN 1 AND 60
                ),
                CONSTRAINT "release_reference_regime_format" CHECK ("regime" ~ '^[A-Z][A-Z0-9-]{0,19}$'),
                CONSTRAINT "PK_f08f9fdf532ab3e4f87b9303096" PRIMARY KEY ("release_id", "entry_code", "position")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "release_entry"
            ADD CONSTRAINT "release_entry_release_fk" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_correlation"
            ADD CONSTRAINT "release_correlation_entry_fk" FOREIGN KEY ("release_id", "entry_code") REFERENCES "release_entry"("release_id", "code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_definition"
            ADD CONSTRAINT "release_definition_release_fk" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_paragraph"
            ADD CONSTRAINT "release_paragraph_entry_fk" FOREIGN KEY ("release_id", "entry_code") REFERENCES "release_entry"("release_id", "code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_reference"
            ADD CONSTRAINT "release_reference_entry_fk" FOREIGN KEY ("release_id", "entry_code") REFERENCES "release_entry"("release_id", "code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // Written by hand from here on: what TypeORM cannot express.
        await queryRunner.query(`
            CREATE INDEX "release_entry_search" ON "release_entry" USING GIN ("search")
        `);
        // A published release is the text governments enforce: the database itself refuses to change it, whatever
        // code (or person with psql) asks. Messages are for users: errcode P0001 reaches them as CONFLICT/IMMUTABLE.
        await queryRunner.query(`
            CREATE FUNCTION "release_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    -- The snapshot is written into a draft, then sealed by publishing it.
                    IF NEW.status <> 'DRAFT' THEN
                        RAISE EXCEPTION 'Release % must be created as a draft and published once its snapshot is written', NEW.version
                            USING ERRCODE = 'P0001';
                    END IF;
                    RETURN NEW;
                END IF;
                IF OLD.status = 'DRAFT' THEN
                    IF TG_OP = 'UPDATE' AND NEW.status = 'SUPERSEDED' THEN
                        RAISE EXCEPTION 'Release % is a draft: only a published release can be superseded', OLD.version
                            USING ERRCODE = 'P0001';
                    END IF;
                    RETURN COALESCE(NEW, OLD);
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'Release % is %: a released list version is never deleted', OLD.version, lower(OLD.status)
                        USING ERRCODE = 'P0001';
                END IF;
                IF OLD.status = 'PUBLISHED' AND NEW.status = 'SUPERSEDED'
                    AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status') THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'Release % is % and cannot be changed; the only change allowed is superseding a published release', OLD.version, lower(OLD.status)
                    USING ERRCODE = 'P0001';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "release"
            FOR EACH ROW EXECUTE FUNCTION "release_guard"()
        `);
        await queryRunner.query(`
            CREATE FUNCTION "release_snapshot_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                sealed record;
            BEGIN
                -- OLD is null on INSERT and NEW on DELETE; an UPDATE may move a row, so both ends are checked. A row
                -- whose release is gone is being removed with its draft release (ON DELETE CASCADE).
                SELECT version, status INTO sealed FROM "release"
                WHERE id IN (OLD.release_id, NEW.release_id) AND status <> 'DRAFT'
                LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION 'Release % is %: its % cannot be changed', sealed.version, lower(sealed.status), TG_ARGV[0]
                        USING ERRCODE = 'P0001';
                END IF;
                RETURN COALESCE(NEW, OLD);
            END
            $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION "release_truncate_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM "release" WHERE status <> 'DRAFT') THEN
                    RAISE EXCEPTION 'Published releases exist: % cannot be emptied', TG_TABLE_NAME USING ERRCODE = 'P0001';
                END IF;
                RETURN NULL;
            END
            $$
        `);
        for (const [table, noun] of SNAPSHOT_TABLES) {
            await queryRunner.query(`
                CREATE TRIGGER "${table}_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION "release_snapshot_guard"('${noun}')
            `);
        }
        for (const table of ['release', ...SNAPSHOT_TABLES.map(([name]) => name)]) {
            await queryRunner.query(`
                CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "release_truncate_guard"()
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['release', ...SNAPSHOT_TABLES.map(([name]) => name)]) {
            await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
        }
        for (const [table] of SNAPSHOT_TABLES) {
            await queryRunner.query(`DROP TRIGGER "${table}_immutable" ON "${table}"`);
        }
        await queryRunner.query(`DROP TRIGGER "release_immutable" ON "release"`);
        await queryRunner.query(`DROP FUNCTION "release_truncate_guard"()`);
        await queryRunner.query(`DROP FUNCTION "release_snapshot_guard"()`);
        await queryRunner.query(`DROP FUNCTION "release_guard"()`);
        await queryRunner.query(`DROP INDEX "release_entry_search"`);
        await queryRunner.query(`
            ALTER TABLE "release_reference" DROP CONSTRAINT "release_reference_entry_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_paragraph" DROP CONSTRAINT "release_paragraph_entry_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_definition" DROP CONSTRAINT "release_definition_release_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_correlation" DROP CONSTRAINT "release_correlation_entry_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_entry" DROP CONSTRAINT "release_entry_release_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "release_reference"
        `);
        await queryRunner.query(`
            DROP TABLE "release_paragraph"
        `);
        await queryRunner.query(`
            DROP TABLE "release_definition"
        `);
        await queryRunner.query(`
            DROP TABLE "release_correlation"
        `);
        await queryRunner.query(`
            DROP TABLE "release_entry"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3
        `, ["GENERATED_COLUMN","search","release_entry"]);
        await queryRunner.query(`
            DROP TABLE "release"
        `);
    }

}
