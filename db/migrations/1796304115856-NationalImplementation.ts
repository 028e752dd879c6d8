import { MigrationInterface, QueryRunner } from "typeorm";

export class NationalImplementation1796304115856 implements MigrationInterface {
    name = 'NationalImplementation1796304115856'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "national_implementation" (
                "release_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                "status" text NOT NULL,
                "legal_reference" text,
                "entry_into_force" date,
                "revision" integer NOT NULL,
                "recorded_by_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "national_implementation_revision_positive" CHECK ("revision" >= 1),
                CONSTRAINT "national_implementation_in_force_complete" CHECK (
                    "status" NOT IN ('IMPLEMENTED', 'IMPLEMENTED_WITH_DEVIATIONS')
                    OR (
                        "legal_reference" IS NOT NULL
                        AND "entry_into_force" IS NOT NULL
                    )
                ),
                CONSTRAINT "national_implementation_legal_reference_size" CHECK (
                    "legal_reference" IS NULL
                    OR length(btrim("legal_reference")) BETWEEN 1 AND 500
                ),
                CONSTRAINT "national_implementation_status_known" CHECK (
                    "status" IN (
                        'NOT_STARTED',
                        'IN_PROGRESS',
                        'IMPLEMENTED',
                        'IMPLEMENTED_WITH_DEVIATIONS'
                    )
                ),
                CONSTRAINT "PK_3a84aa9d7136a00b435305d0e89" PRIMARY KEY ("release_id", "state_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "implementation_deviation" (
                "release_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                "entry_code" text NOT NULL,
                "reason" text NOT NULL,
                "explanation" text NOT NULL,
                CONSTRAINT "implementation_deviation_explanation_size" CHECK (
                    length(btrim("explanation")) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "implementation_deviation_reason_known" CHECK (
                    "reason" IN (
                        'NOT_TRANSPOSED',
                        'NARROWER_SCOPE',
                        'BROADER_SCOPE',
                        'DELAYED',
                        'OTHER'
                    )
                ),
                CONSTRAINT "PK_5ae235f463bb50ce4f81e85bf49" PRIMARY KEY ("release_id", "state_id", "entry_code")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "national_implementation"
            ADD CONSTRAINT "national_implementation_release_fk" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "national_implementation"
            ADD CONSTRAINT "national_implementation_state_fk" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "national_implementation"
            ADD CONSTRAINT "national_implementation_recorded_by_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "implementation_deviation"
            ADD CONSTRAINT "implementation_deviation_implementation_fk" FOREIGN KEY ("release_id", "state_id") REFERENCES "national_implementation"("release_id", "state_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "implementation_deviation"
            ADD CONSTRAINT "implementation_deviation_entry_fk" FOREIGN KEY ("release_id", "entry_code") REFERENCES "release_entry"("release_id", "code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand: whether IMPLEMENTED_WITH_DEVIATIONS has deviations spans two tables, and a record and its
        // deviations are replaced one statement after the other, so the check waits for the commit.
        await queryRunner.query(`
            CREATE FUNCTION national_implementation_deviations_match_status() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                key_release uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.release_id ELSE NEW.release_id END;
                key_state uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.state_id ELSE NEW.state_id END;
                current_status text;
                deviations integer;
            BEGIN
                SELECT status INTO current_status FROM national_implementation WHERE release_id = key_release AND state_id = key_state;
                IF current_status IS NULL THEN
                    RETURN NULL;
                END IF;
                SELECT count(*) INTO deviations FROM implementation_deviation WHERE release_id = key_release AND state_id = key_state;
                IF (current_status = 'IMPLEMENTED_WITH_DEVIATIONS') <> (deviations > 0) THEN
                    RAISE EXCEPTION 'IMPLEMENTED_WITH_DEVIATIONS needs at least one deviation, and no other status has any'
                        USING ERRCODE = '23514', CONSTRAINT = 'national_implementation_deviations_match_status';
                END IF;
                RETURN NULL;
            END $$
        `);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER national_implementation_deviations_match_status AFTER INSERT OR UPDATE ON "national_implementation"
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION national_implementation_deviations_match_status()
        `);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER implementation_deviation_match_status AFTER INSERT OR UPDATE OR DELETE ON "implementation_deviation"
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION national_implementation_deviations_match_status()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER implementation_deviation_match_status ON "implementation_deviation"`);
        await queryRunner.query(`DROP TRIGGER national_implementation_deviations_match_status ON "national_implementation"`);
        await queryRunner.query(`DROP FUNCTION national_implementation_deviations_match_status()`);
        await queryRunner.query(`
            ALTER TABLE "implementation_deviation" DROP CONSTRAINT "implementation_deviation_entry_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "implementation_deviation" DROP CONSTRAINT "implementation_deviation_implementation_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "national_implementation" DROP CONSTRAINT "national_implementation_recorded_by_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "national_implementation" DROP CONSTRAINT "national_implementation_state_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "national_implementation" DROP CONSTRAINT "national_implementation_release_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "implementation_deviation"
        `);
        await queryRunner.query(`
            DROP TABLE "national_implementation"
        `);
    }

}
