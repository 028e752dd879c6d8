import { MigrationInterface, QueryRunner } from "typeorm";

// Authentic texts are part of a release's snapshot: sealed with it, by the guards the ControlList migration defined.
const TEXT_TABLES = [
    ["release_paragraph_text", "paragraph texts"],
    ["release_heading_text", "heading texts"],
    ["release_definition_text", "definition texts"],
];

export class AuthenticTexts1796304303633 implements MigrationInterface {
    name = 'AuthenticTexts1796304303633'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "list_translation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "state_id" uuid NOT NULL,
                "language" text NOT NULL,
                "kind" text NOT NULL,
                "path" text NOT NULL,
                "occurrence" integer NOT NULL DEFAULT '0',
                "status" text NOT NULL,
                "text" text NOT NULL,
                "source_digest" text NOT NULL,
                "recorded_by_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "list_translation_place_unique" UNIQUE (
                    "state_id",
                    "language",
                    "kind",
                    "path",
                    "occurrence"
                ),
                CONSTRAINT "list_translation_source_digest" CHECK ("source_digest" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "list_translation_text_present" CHECK (
                    length(btrim("text")) BETWEEN 1 AND 20000
                ),
                CONSTRAINT "list_translation_occurrence_natural" CHECK ("occurrence" >= 0),
                CONSTRAINT "list_translation_path_present" CHECK (
                    length(btrim("path")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "list_translation_status_known" CHECK ("status" IN ('TRANSLATION', 'MACHINE')),
                CONSTRAINT "list_translation_kind_known" CHECK (
                    "kind" IN (
                        'ITEM',
                        'NOTE',
                        'TECHNICAL_NOTE',
                        'NB',
                        'DECONTROL_NOTE',
                        'HEADING',
                        'DEFINITION'
                    )
                ),
                CONSTRAINT "list_translation_language_code" CHECK (
                    "language" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'
                    AND "language" <> 'en'
                ),
                CONSTRAINT "PK_6ba34ba26ce30f1998e6bede4c6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "list_translation_path" ON "list_translation" ("path")
        `);
        await queryRunner.query(`
            CREATE TABLE "release_definition_text" (
                "release_id" uuid NOT NULL,
                "term" text NOT NULL,
                "language" text NOT NULL,
                "text" text NOT NULL,
                "source_digest" text NOT NULL,
                CONSTRAINT "release_definition_text_source_digest" CHECK ("source_digest" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "release_definition_text_present" CHECK (length(btrim("text")) > 0),
                CONSTRAINT "release_definition_text_language_code" CHECK (
                    "language" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'
                    AND "language" <> 'en'
                ),
                CONSTRAINT "PK_62ecc05546efcd86e545e6b0350" PRIMARY KEY ("release_id", "term", "language")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "release_heading_text" (
                "release_id" uuid NOT NULL,
                "entry_code" text NOT NULL,
                "language" text NOT NULL,
                "text" text NOT NULL,
                "source_digest" text NOT NULL,
                CONSTRAINT "release_heading_text_source_digest" CHECK ("source_digest" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "release_heading_text_present" CHECK (length(btrim("text")) > 0),
                CONSTRAINT "release_heading_text_language_code" CHECK (
                    "language" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'
                    AND "language" <> 'en'
                ),
                CONSTRAINT "PK_ac7e88b0d6f17c855a5a749c875" PRIMARY KEY ("release_id", "entry_code", "language")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "release_paragraph_text" (
                "release_id" uuid NOT NULL,
                "entry_code" text NOT NULL,
                "position" integer NOT NULL,
                "language" text NOT NULL,
                "text" text NOT NULL,
                "source_digest" text NOT NULL,
                CONSTRAINT "release_paragraph_text_source_digest" CHECK ("source_digest" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "release_paragraph_text_present" CHECK (length(btrim("text")) > 0),
                CONSTRAINT "release_paragraph_text_language_code" CHECK (
                    "language" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'
                    AND "language" <> 'en'
                ),
                CONSTRAINT "PK_12a87c107067369768e7aef8b1d" PRIMARY KEY (
                    "release_id",
                    "entry_code",
                    "position",
                    "language"
                )
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "list_translation"
            ADD CONSTRAINT "list_translation_state_fk" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "list_translation"
            ADD CONSTRAINT "list_translation_recorded_by_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_definition_text"
            ADD CONSTRAINT "release_definition_text_definition_fk" FOREIGN KEY ("release_id", "term") REFERENCES "release_definition"("release_id", "term") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_heading_text"
            ADD CONSTRAINT "release_heading_text_entry_fk" FOREIGN KEY ("release_id", "entry_code") REFERENCES "release_entry"("release_id", "code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "release_paragraph_text"
            ADD CONSTRAINT "release_paragraph_text_paragraph_fk" FOREIGN KEY ("release_id", "entry_code", "position") REFERENCES "release_paragraph"("release_id", "entry_code", "position") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        for (const [table, noun] of TEXT_TABLES) {
            await queryRunner.query(`
                CREATE TRIGGER "${table}_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION "release_snapshot_guard"('${noun}')
            `);
            await queryRunner.query(`
                CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "release_truncate_guard"()
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table] of TEXT_TABLES) {
            await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER "${table}_immutable" ON "${table}"`);
        }
        await queryRunner.query(`
            ALTER TABLE "release_paragraph_text" DROP CONSTRAINT "release_paragraph_text_paragraph_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_heading_text" DROP CONSTRAINT "release_heading_text_entry_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "release_definition_text" DROP CONSTRAINT "release_definition_text_definition_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "list_translation" DROP CONSTRAINT "list_translation_recorded_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "list_translation" DROP CONSTRAINT "list_translation_state_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "release_paragraph_text"
        `);
        await queryRunner.query(`
            DROP TABLE "release_heading_text"
        `);
        await queryRunner.query(`
            DROP TABLE "release_definition_text"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."list_translation_path"
        `);
        await queryRunner.query(`
            DROP TABLE "list_translation"
        `);
    }

}
