import { MigrationInterface, QueryRunner } from "typeorm";

export class Proposals1795678681812 implements MigrationInterface {
    name = 'Proposals1795678681812'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference" text NOT NULL,
                "sponsor_state_id" uuid NOT NULL,
                "base_release_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'DRAFT',
                "current_revision" integer NOT NULL DEFAULT '1',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "proposal_reference_unique" UNIQUE ("reference"),
                CONSTRAINT "proposal_current_revision_positive" CHECK ("current_revision" >= 1),
                CONSTRAINT "proposal_status_known" CHECK (
                    "status" IN (
                        'DRAFT',
                        'UNDER_REVIEW',
                        'VOTING',
                        'ADOPTED',
                        'REJECTED',
                        'INCORPORATED',
                        'WITHDRAWN'
                    )
                ),
                CONSTRAINT "proposal_reference_format" CHECK ("reference" ~ '^P-[0-9]{4}-[0-9]{3,}$'),
                CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_revision" (
                "proposal_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" text NOT NULL,
                "rationale" text NOT NULL,
                "justification" jsonb NOT NULL,
                "changes" jsonb NOT NULL,
                "warnings" text array NOT NULL DEFAULT '{}',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "proposal_revision_changes_array" CHECK (jsonb_typeof("changes") = 'array'),
                CONSTRAINT "proposal_revision_title_present" CHECK (
                    length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "proposal_revision_number_positive" CHECK ("number" >= 1),
                CONSTRAINT "PK_2bcfdc6e37c420612fdd846466e" PRIMARY KEY ("proposal_id", "number")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "revision_number" integer NOT NULL,
                "change_index" integer,
                "paragraph_path" text,
                "parent_id" uuid,
                "author_id" uuid NOT NULL,
                "body" text,
                "edit_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "retracted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "proposal_comment_anchor_needs_change" CHECK (
                    "paragraph_path" IS NULL
                    OR "change_index" IS NOT NULL
                ),
                CONSTRAINT "proposal_comment_body_size" CHECK (
                    "body" IS NULL
                    OR length(btrim("body")) BETWEEN 1 AND 10000
                ),
                CONSTRAINT "proposal_comment_retraction_clears_body" CHECK (("retracted_at" IS NULL) = ("body" IS NOT NULL)),
                CONSTRAINT "PK_16ff512bfd441e28b8ba9a9caf1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_comment_edit" (
                "comment_id" uuid NOT NULL,
                "edit" integer NOT NULL,
                "previous_body" text NOT NULL,
                "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e65441ad7c702826fcdfc7b36bc" PRIMARY KEY ("comment_id", "edit")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_cosponsor" (
                "proposal_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f38a84edd8fbbf81de1ec9c8066" PRIMARY KEY ("proposal_id", "state_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_sequence" (
                "year" integer NOT NULL,
                "last" integer NOT NULL,
                CONSTRAINT "PK_39107e58bd0b7c27e4866b0aa77" PRIMARY KEY ("year")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "proposal_sponsor_state_fk" FOREIGN KEY ("sponsor_state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "proposal_base_release_fk" FOREIGN KEY ("base_release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "proposal_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD CONSTRAINT "proposal_revision_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD CONSTRAINT "proposal_revision_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment"
            ADD CONSTRAINT "proposal_comment_revision_fk" FOREIGN KEY ("proposal_id", "revision_number") REFERENCES "proposal_revision"("proposal_id", "number") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment"
            ADD CONSTRAINT "proposal_comment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "proposal_comment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment"
            ADD CONSTRAINT "proposal_comment_author_fk" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment_edit"
            ADD CONSTRAINT "proposal_comment_edit_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "proposal_comment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_cosponsor"
            ADD CONSTRAINT "proposal_cosponsor_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_cosponsor"
            ADD CONSTRAINT "proposal_cosponsor_state_fk" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand: a revision is what a ballot votes on and what comments point at, so it never changes.
        await queryRunner.query(`
            CREATE FUNCTION proposal_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'Revision % of a proposal cannot be changed or deleted: edits make a new revision', OLD.number
                    USING ERRCODE = 'P0001';
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER proposal_revision_immutable BEFORE UPDATE OR DELETE ON "proposal_revision"
            FOR EACH ROW EXECUTE FUNCTION proposal_revision_immutable()
        `);
        await queryRunner.query(`CREATE INDEX "proposal_listing" ON "proposal" ("created_at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "proposal_comment_by_proposal" ON "proposal_comment" ("proposal_id", "created_at", "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "proposal_comment_by_proposal"`);
        await queryRunner.query(`DROP INDEX "proposal_listing"`);
        await queryRunner.query(`DROP TRIGGER proposal_revision_immutable ON "proposal_revision"`);
        await queryRunner.query(`DROP FUNCTION proposal_revision_immutable()`);
        await queryRunner.query(`
            ALTER TABLE "proposal_cosponsor" DROP CONSTRAINT "proposal_cosponsor_state_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_cosponsor" DROP CONSTRAINT "proposal_cosponsor_proposal_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment_edit" DROP CONSTRAINT "proposal_comment_edit_comment_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment" DROP CONSTRAINT "proposal_comment_author_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment" DROP CONSTRAINT "proposal_comment_parent_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment" DROP CONSTRAINT "proposal_comment_revision_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision" DROP CONSTRAINT "proposal_revision_created_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision" DROP CONSTRAINT "proposal_revision_proposal_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "proposal_created_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "proposal_base_release_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "proposal_sponsor_state_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_sequence"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_cosponsor"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_comment_edit"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_comment"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_revision"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal"
        `);
    }

}
