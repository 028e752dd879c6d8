import { MigrationInterface, QueryRunner } from "typeorm";

export class Ballots1795679379953 implements MigrationInterface {
    name = 'Ballots1795679379953'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "ballot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "revision_number" integer NOT NULL,
                "rule" text NOT NULL,
                "status" text NOT NULL DEFAULT 'OPEN',
                "quorum" double precision,
                "threshold" double precision,
                "eligible_count" integer NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "opened_by_id" uuid NOT NULL,
                "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closed_by_id" uuid,
                "outcome" text,
                "outcome_reason" text,
                "tally_support" integer,
                "tally_abstain" integer,
                "tally_object" integer,
                "tally_reservation" integer,
                "tally_not_voted" integer,
                CONSTRAINT "ballot_closed_with_result" CHECK (
                    ("status" = 'CLOSED') = (
                        "closed_at" IS NOT NULL
                        AND "outcome" IS NOT NULL
                        AND "outcome_reason" IS NOT NULL
                        AND "tally_support" IS NOT NULL
                        AND "tally_abstain" IS NOT NULL
                        AND "tally_object" IS NOT NULL
                        AND "tally_reservation" IS NOT NULL
                        AND "tally_not_voted" IS NOT NULL
                    )
                ),
                CONSTRAINT "ballot_eligible_positive" CHECK ("eligible_count" >= 1),
                CONSTRAINT "ballot_rule_parameters" CHECK (
                    ("quorum" IS NULL) = ("rule" = 'SILENCE')
                    AND ("threshold" IS NULL) = ("rule" <> 'QUALIFIED_MAJORITY')
                ),
                CONSTRAINT "ballot_threshold_majority" CHECK (
                    "threshold" IS NULL
                    OR (
                        "threshold" > 0.5
                        AND "threshold" <= 1
                    )
                ),
                CONSTRAINT "ballot_quorum_fraction" CHECK (
                    "quorum" IS NULL
                    OR (
                        "quorum" > 0
                        AND "quorum" <= 1
                    )
                ),
                CONSTRAINT "ballot_closes_after_opening" CHECK ("closes_at" > "opened_at"),
                CONSTRAINT "ballot_outcome_known" CHECK (
                    "outcome" IS NULL
                    OR "outcome" IN ('ADOPTED', 'REJECTED', 'LAPSED')
                ),
                CONSTRAINT "ballot_status_known" CHECK ("status" IN ('OPEN', 'CLOSED')),
                CONSTRAINT "ballot_rule_known" CHECK (
                    "rule" IN ('CONSENSUS', 'SILENCE', 'QUALIFIED_MAJORITY')
                ),
                CONSTRAINT "PK_20adac0e902c60e62fcb6f4cf9c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ballot_by_proposal" ON "ballot" ("proposal_id", "opened_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_eligible_state" (
                "ballot_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                CONSTRAINT "PK_645e53403300a75ab4769528bd7" PRIMARY KEY ("ballot_id", "state_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_position" (
                "ballot_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                "position" text NOT NULL,
                "statement" text,
                "cast_by_id" uuid NOT NULL,
                "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "changes" integer NOT NULL,
                CONSTRAINT "ballot_position_changes_positive" CHECK ("changes" >= 1),
                CONSTRAINT "ballot_position_statement_size" CHECK (
                    "statement" IS NULL
                    OR length(btrim("statement")) BETWEEN 1 AND 5000
                ),
                CONSTRAINT "ballot_position_known" CHECK (
                    "position" IN ('SUPPORT', 'ABSTAIN', 'OBJECT', 'RESERVATION')
                ),
                CONSTRAINT "PK_f245a394d51413d09ad2329b883" PRIMARY KEY ("ballot_id", "state_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_position_change" (
                "ballot_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                "change" integer NOT NULL,
                "position" text NOT NULL,
                "statement" text,
                "cast_by_id" uuid NOT NULL,
                "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "ballot_position_change_number_positive" CHECK ("change" >= 1),
                CONSTRAINT "ballot_position_change_known" CHECK (
                    "position" IN ('SUPPORT', 'ABSTAIN', 'OBJECT', 'RESERVATION')
                ),
                CONSTRAINT "PK_0ec6adb8a1c26dde74e98d0fa4b" PRIMARY KEY ("ballot_id", "state_id", "change")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_revision_fk" FOREIGN KEY ("proposal_id", "revision_number") REFERENCES "proposal_revision"("proposal_id", "number") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_opened_by_fk" FOREIGN KEY ("opened_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_closed_by_fk" FOREIGN KEY ("closed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_eligible_state"
            ADD CONSTRAINT "ballot_eligible_state_ballot_fk" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_eligible_state"
            ADD CONSTRAINT "ballot_eligible_state_state_fk" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position"
            ADD CONSTRAINT "ballot_position_eligible_fk" FOREIGN KEY ("ballot_id", "state_id") REFERENCES "ballot_eligible_state"("ballot_id", "state_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position"
            ADD CONSTRAINT "ballot_position_cast_by_fk" FOREIGN KEY ("cast_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position_change"
            ADD CONSTRAINT "ballot_position_change_position_fk" FOREIGN KEY ("ballot_id", "state_id") REFERENCES "ballot_position"("ballot_id", "state_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position_change"
            ADD CONSTRAINT "ballot_position_change_cast_by_fk" FOREIGN KEY ("cast_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand from here: what the entities cannot say.
        // One open ballot per proposal, whatever races the application loses.
        await queryRunner.query(`CREATE UNIQUE INDEX "ballot_one_open_per_proposal" ON "ballot" ("proposal_id") WHERE "status" = 'OPEN'`);
        // The scheduler's question: which open ballots are past their deadline.
        await queryRunner.query(`CREATE INDEX "ballot_open_by_deadline" ON "ballot" ("closes_at") WHERE "status" = 'OPEN'`);
        // A closed ballot's outcome and tally are the record of a decision: never rewritten, never deleted.
        await queryRunner.query(`
            CREATE FUNCTION ballot_closed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR OLD.status = 'CLOSED' THEN
                    RAISE EXCEPTION 'A ballot is never deleted, and a closed ballot never changes' USING ERRCODE = 'P0001';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER ballot_closed_immutable BEFORE UPDATE OR DELETE ON "ballot"
            FOR EACH ROW EXECUTE FUNCTION ballot_closed_immutable()
        `);
        // Positions move only while their ballot is open, so nothing can be recorded after the outcome.
        await queryRunner.query(`
            CREATE FUNCTION ballot_position_only_while_open() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM ballot WHERE id = COALESCE(NEW.ballot_id, OLD.ballot_id) AND status = 'OPEN') THEN
                    RAISE EXCEPTION 'The ballot is closed: positions can no longer change' USING ERRCODE = 'P0001';
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'A position is changed, never deleted' USING ERRCODE = 'P0001';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER ballot_position_only_while_open BEFORE INSERT OR UPDATE OR DELETE ON "ballot_position"
            FOR EACH ROW EXECUTE FUNCTION ballot_position_only_while_open()
        `);
        await queryRunner.query(`
            CREATE FUNCTION ballot_position_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The history of positions is append-only' USING ERRCODE = 'P0001';
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER ballot_position_change_append_only BEFORE UPDATE OR DELETE ON "ballot_position_change"
            FOR EACH ROW EXECUTE FUNCTION ballot_position_change_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER ballot_position_change_append_only ON "ballot_position_change"`);
        await queryRunner.query(`DROP FUNCTION ballot_position_change_append_only()`);
        await queryRunner.query(`DROP TRIGGER ballot_position_only_while_open ON "ballot_position"`);
        await queryRunner.query(`DROP FUNCTION ballot_position_only_while_open()`);
        await queryRunner.query(`DROP TRIGGER ballot_closed_immutable ON "ballot"`);
        await queryRunner.query(`DROP FUNCTION ballot_closed_immutable()`);
        await queryRunner.query(`DROP INDEX "ballot_open_by_deadline"`);
        await queryRunner.query(`DROP INDEX "ballot_one_open_per_proposal"`);
        await queryRunner.query(`
            ALTER TABLE "ballot_position_change" DROP CONSTRAINT "ballot_position_change_cast_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position_change" DROP CONSTRAINT "ballot_position_change_position_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position" DROP CONSTRAINT "ballot_position_cast_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position" DROP CONSTRAINT "ballot_position_eligible_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_eligible_state" DROP CONSTRAINT "ballot_eligible_state_state_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_eligible_state" DROP CONSTRAINT "ballot_eligible_state_ballot_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "ballot_closed_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "ballot_opened_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "ballot_revision_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "ballot_proposal_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_position_change"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_position"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_eligible_state"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ballot_by_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot"
        `);
    }

}
