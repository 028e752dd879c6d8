import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Ways out of every dead end (returned, rebased, resubmitted proposals; extended and cancelled ballots; acting
 * heads), versions without gaps, and the lifecycle graph enforced by the database. Generated from the entities,
 * then completed by hand: the backfill of each revision's base release, changed CHECK expressions (the generator
 * compares constraints by name only) and the triggers.
 */
export class NegotiationWaysOut1796165213264 implements MigrationInterface {
    name = 'NegotiationWaysOut1796165213264'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // A revision, not the proposal, is written against a release: a rebase moves the next revision onto a newer one.
        // Revisions are immutable (a trigger refuses updates); the new column is filled once, here, with the guard off.
        await queryRunner.query(`ALTER TABLE "proposal_revision" ADD "base_release_id" uuid`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" DISABLE TRIGGER "proposal_revision_immutable"`);
        await queryRunner.query(`
            UPDATE "proposal_revision" r SET "base_release_id" = p."base_release_id" FROM "proposal" p WHERE p."id" = r."proposal_id"
        `);
        await queryRunner.query(`ALTER TABLE "proposal_revision" ENABLE TRIGGER "proposal_revision_immutable"`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" ALTER COLUMN "base_release_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" ADD "merges" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD CONSTRAINT "proposal_revision_base_release_fk" FOREIGN KEY ("base_release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "proposal_base_release_fk"`);
        await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "base_release_id"`);

        await queryRunner.query(`
            CREATE TABLE "proposal_return" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "revision_number" integer NOT NULL,
                "reason" text NOT NULL,
                "returned_by_id" uuid NOT NULL,
                "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "proposal_return_reason_present" CHECK (
                    length(btrim("reason")) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "PK_1168013d2e7289c10a93b614996" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "proposal_return_by_proposal" ON "proposal_return" ("proposal_id", "returned_at")`);
        await queryRunner.query(`
            ALTER TABLE "proposal_return"
            ADD CONSTRAINT "proposal_return_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_return"
            ADD CONSTRAINT "proposal_return_returned_by_fk" FOREIGN KEY ("returned_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

        // The lifecycle graph of libs/proposals/src/lib/lifecycle/proposal-move.ts, as the database's last word.
        await queryRunner.query(`
            CREATE FUNCTION "proposal_status_transition"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.status = OLD.status OR (OLD.status, NEW.status) IN (
                    ('DRAFT', 'UNDER_REVIEW'), ('REJECTED', 'UNDER_REVIEW'), ('UNDER_REVIEW', 'VOTING'),
                    ('VOTING', 'ADOPTED'), ('VOTING', 'REJECTED'), ('VOTING', 'UNDER_REVIEW'), ('ADOPTED', 'UNDER_REVIEW'),
                    ('ADOPTED', 'INCORPORATED'), ('DRAFT', 'WITHDRAWN'), ('UNDER_REVIEW', 'WITHDRAWN'), ('VOTING', 'WITHDRAWN'),
                    ('REJECTED', 'WITHDRAWN')
                ) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'A proposal that is % cannot become %', lower(OLD.status), lower(NEW.status)
                    USING ERRCODE = 'P0001', CONSTRAINT = 'proposal_status_transition';
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "proposal_status_transition" BEFORE UPDATE OF "status" ON "proposal"
            FOR EACH ROW EXECUTE FUNCTION "proposal_status_transition"()
        `);

        // Ballots end CLOSED (with an outcome) or CANCELLED (with a reason), and never change afterwards.
        await queryRunner.query(`ALTER TABLE "ballot" ADD "cancel_reason" text`);
        await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_status_known"`);
        await queryRunner.query(`ALTER TABLE "ballot" ADD CONSTRAINT "ballot_status_known" CHECK ("status" IN ('OPEN', 'CLOSED', 'CANCELLED'))`);
        await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_closed_with_result"`);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_closed_with_result" CHECK (
                    ("status" = 'CLOSED') = (
                        "outcome" IS NOT NULL AND "outcome_reason" IS NOT NULL AND "tally_support" IS NOT NULL
                        AND "tally_abstain" IS NOT NULL AND "tally_object" IS NOT NULL AND "tally_reservation" IS NOT NULL
                        AND "tally_not_voted" IS NOT NULL
                    )
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_ended_when_not_open" CHECK (("status" = 'OPEN') = ("closed_at" IS NULL))
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_cancelled_with_reason" CHECK (
                    ("status" = 'CANCELLED') = ("cancel_reason" IS NOT NULL)
                    AND (
                        "cancel_reason" IS NULL
                        OR length(btrim("cancel_reason")) BETWEEN 1 AND 2000
                    )
                )
        `);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION ballot_closed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR OLD.status <> 'OPEN' THEN
                    RAISE EXCEPTION 'A ballot is never deleted, and a closed or cancelled ballot never changes' USING ERRCODE = 'P0001';
                END IF;
                IF NEW.closes_at < OLD.closes_at AND NEW.status = 'OPEN' THEN
                    RAISE EXCEPTION 'A ballot''s deadline is only ever extended' USING ERRCODE = 'P0001';
                END IF;
                RETURN NEW;
            END $$
        `);

        await queryRunner.query(`ALTER TABLE "ballot_position" ADD "cast_capacity" text NOT NULL DEFAULT 'HEAD_OF_DELEGATION'`);
        await queryRunner.query(`ALTER TABLE "ballot_position_change" ADD "cast_capacity" text NOT NULL DEFAULT 'HEAD_OF_DELEGATION'`);
        await queryRunner.query(`
            ALTER TABLE "ballot_position"
            ADD CONSTRAINT "ballot_position_capacity_known" CHECK (
                    "cast_capacity" IN ('HEAD_OF_DELEGATION', 'ACTING_HEAD')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_position_change"
            ADD CONSTRAINT "ballot_position_change_capacity_known" CHECK (
                    "cast_capacity" IN ('HEAD_OF_DELEGATION', 'ACTING_HEAD')
                )
        `);

        await queryRunner.query(`
            CREATE TABLE "acting_head" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "state_id" uuid NOT NULL,
                "delegate_id" uuid NOT NULL,
                "appointed_by_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "acting_head_revoked_after_appointed" CHECK (
                    "revoked_at" IS NULL
                    OR "revoked_at" >= "created_at"
                ),
                CONSTRAINT "acting_head_window_ordered" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_b6df5c417f2d313eebe4f66d103" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "acting_head_by_state" ON "acting_head" ("state_id", "starts_at")`);
        await queryRunner.query(`
            ALTER TABLE "acting_head"
            ADD CONSTRAINT "acting_head_state_fk" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "acting_head"
            ADD CONSTRAINT "acting_head_delegate_fk" FOREIGN KEY ("delegate_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "acting_head"
            ADD CONSTRAINT "acting_head_appointed_by_fk" FOREIGN KEY ("appointed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Who may be named, and one window at a time per state. An exclusion constraint would need btree_gist, an
        // extension not every server has; the advisory lock makes concurrent appointments of one state take turns.
        await queryRunner.query(`
            CREATE FUNCTION "acting_head_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM app_user WHERE id = NEW.delegate_id AND state_id = NEW.state_id AND role = 'DELEGATE') THEN
                    RAISE EXCEPTION 'An acting head is a delegate of the state it acts for'
                        USING ERRCODE = 'P0001', CONSTRAINT = 'acting_head_delegate_of_state';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM app_user WHERE id = NEW.appointed_by_id AND state_id = NEW.state_id AND role = 'HEAD_OF_DELEGATION') THEN
                    RAISE EXCEPTION 'An acting head is named by the head of delegation of the same state'
                        USING ERRCODE = 'P0001', CONSTRAINT = 'acting_head_named_by_head';
                END IF;
                PERFORM pg_advisory_xact_lock(hashtext('concord:acting-head:' || NEW.state_id::text));
                IF NEW.revoked_at IS NULL AND EXISTS (
                    SELECT 1 FROM acting_head a WHERE a.state_id = NEW.state_id AND a.id <> NEW.id AND a.revoked_at IS NULL
                      AND a.starts_at < NEW.ends_at AND a.ends_at > NEW.starts_at
                ) THEN
                    RAISE EXCEPTION 'Another acting head of this state is named for an overlapping window'
                        USING ERRCODE = 'P0001', CONSTRAINT = 'acting_head_no_overlap';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "acting_head_rules" BEFORE INSERT OR UPDATE ON "acting_head"
            FOR EACH ROW EXECUTE FUNCTION "acting_head_rules"()
        `);

        // Reasons are joined by spaces to be checked, so an element holding a space ("N S") passed as two codes.
        await queryRunner.query(`ALTER TABLE "release_entry" DROP CONSTRAINT "release_entry_reasons_codes"`);
        await queryRunner.query(`
            ALTER TABLE "release_entry" ADD CONSTRAINT "release_entry_reasons_codes" CHECK (
                array_to_string("reasons", ' ') ~ '^([A-Z][A-Z0-9]{0,9}( |$))*$'
                AND cardinality("reasons") = cardinality(array_remove(string_to_array(array_to_string("reasons", ' '), ' '), ''))
            )
        `);
        // The same list content may be released again (a change reverted); only an import of it again adds nothing.
        await queryRunner.query(`ALTER TABLE "release" DROP CONSTRAINT "release_content_digest_unique"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "release_import_content_unique" ON "release" ("content_digest") WHERE "source" = 'IMPORT'`);
        // Versions without gaps (control-list release-version.ts): the next number of the latest release's year, or
        // .0 / .1 of a later year up to next year. The first release may have any version.
        await queryRunner.query(`
            CREATE FUNCTION "release_version_next"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                latest text;
            BEGIN
                SELECT version INTO latest FROM release WHERE status <> 'DRAFT' AND id <> NEW.id
                    ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1;
                IF latest IS NULL
                    OR (split_part(NEW.version, '.', 1) = split_part(latest, '.', 1)
                        AND split_part(NEW.version, '.', 2)::int = split_part(latest, '.', 2)::int + 1)
                    OR (split_part(NEW.version, '.', 1)::int > split_part(latest, '.', 1)::int
                        AND split_part(NEW.version, '.', 1)::int <= extract(year FROM now())::int + 1
                        AND split_part(NEW.version, '.', 2) IN ('0', '1')) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'Release % cannot follow %: versions have no gaps', NEW.version, latest
                    USING ERRCODE = 'P0001', CONSTRAINT = 'release_version_next';
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_version_next" BEFORE INSERT ON "release"
            FOR EACH ROW EXECUTE FUNCTION "release_version_next"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "release_version_next" ON "release"`);
        await queryRunner.query(`ALTER TABLE "release_entry" DROP CONSTRAINT "release_entry_reasons_codes"`);
        await queryRunner.query(`
            ALTER TABLE "release_entry" ADD CONSTRAINT "release_entry_reasons_codes" CHECK (array_to_string("reasons", ' ') ~ '^([A-Z][A-Z0-9]{0,9}( |$))*$')
        `);
        await queryRunner.query(`DROP FUNCTION "release_version_next"()`);
        await queryRunner.query(`DROP INDEX "release_import_content_unique"`);
        await queryRunner.query(`ALTER TABLE "release" ADD CONSTRAINT "release_content_digest_unique" UNIQUE ("content_digest")`);
        await queryRunner.query(`DROP TRIGGER "acting_head_rules" ON "acting_head"`);
        await queryRunner.query(`DROP FUNCTION "acting_head_rules"()`);
        await queryRunner.query(`DROP TABLE "acting_head"`);
        await queryRunner.query(`ALTER TABLE "ballot_position_change" DROP COLUMN "cast_capacity"`);
        await queryRunner.query(`ALTER TABLE "ballot_position" DROP COLUMN "cast_capacity"`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION ballot_closed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR OLD.status = 'CLOSED' THEN
                    RAISE EXCEPTION 'A ballot is never deleted, and a closed ballot never changes' USING ERRCODE = 'P0001';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_cancelled_with_reason"`);
        await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_ended_when_not_open"`);
        await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_closed_with_result"`);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "ballot_closed_with_result" CHECK (
                    ("status" = 'CLOSED') = (
                        "closed_at" IS NOT NULL AND "outcome" IS NOT NULL AND "outcome_reason" IS NOT NULL AND "tally_support" IS NOT NULL
                        AND "tally_abstain" IS NOT NULL AND "tally_object" IS NOT NULL AND "tally_reservation" IS NOT NULL
                        AND "tally_not_voted" IS NOT NULL
                    )
                )
        `);
        await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_status_known"`);
        await queryRunner.query(`ALTER TABLE "ballot" ADD CONSTRAINT "ballot_status_known" CHECK ("status" IN ('OPEN', 'CLOSED'))`);
        await queryRunner.query(`ALTER TABLE "ballot" DROP COLUMN "cancel_reason"`);
        await queryRunner.query(`DROP TRIGGER "proposal_status_transition" ON "proposal"`);
        await queryRunner.query(`DROP FUNCTION "proposal_status_transition"()`);
        await queryRunner.query(`DROP TABLE "proposal_return"`);
        await queryRunner.query(`ALTER TABLE "proposal" ADD "base_release_id" uuid`);
        await queryRunner.query(`
            UPDATE "proposal" p SET "base_release_id" = r."base_release_id" FROM "proposal_revision" r
            WHERE r."proposal_id" = p."id" AND r."number" = p."current_revision"
        `);
        await queryRunner.query(`ALTER TABLE "proposal" ALTER COLUMN "base_release_id" SET NOT NULL`);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "proposal_base_release_fk" FOREIGN KEY ("base_release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`ALTER TABLE "proposal_revision" DROP CONSTRAINT "proposal_revision_base_release_fk"`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" DISABLE TRIGGER "proposal_revision_immutable"`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" DROP COLUMN "merges"`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" DROP COLUMN "base_release_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_revision" ENABLE TRIGGER "proposal_revision_immutable"`);
    }

}
