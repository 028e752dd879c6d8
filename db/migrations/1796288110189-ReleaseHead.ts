import { MigrationInterface, QueryRunner } from "typeorm";

export class ReleaseHead1796288110189 implements MigrationInterface {
    name = 'ReleaseHead1796288110189'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "release_head" (
                "release_id" uuid NOT NULL,
                "bytes" bytea NOT NULL,
                "merkle_root" character(64) NOT NULL,
                "key_id" text NOT NULL,
                "algorithm" text NOT NULL,
                "signature" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "release_head_root_sha256" CHECK ("merkle_root" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "release_head_key_id_present" CHECK (length("key_id") > 0),
                CONSTRAINT "release_head_algorithm_known" CHECK ("algorithm" = 'Ed25519'),
                CONSTRAINT "PK_c482ee49bacb9f7c3197581d042" PRIMARY KEY ("release_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "release_head"
            ADD CONSTRAINT "release_head_release_fk" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Signed like the document, so kept like it: written once, in the transaction that writes the document.
        await queryRunner.query(`
            CREATE FUNCTION "release_head_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM "release" WHERE id = NEW.release_id AND status = 'PUBLISHED') THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'A signed release head is written once, as its release is published, and never changed or deleted' USING ERRCODE = 'P0001';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_head_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "release_head"
            FOR EACH ROW EXECUTE FUNCTION "release_head_guard"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_head_no_truncate" BEFORE TRUNCATE ON "release_head"
            FOR EACH STATEMENT EXECUTE FUNCTION "release_truncate_guard"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "release_head_no_truncate" ON "release_head"`);
        await queryRunner.query(`DROP TRIGGER "release_head_immutable" ON "release_head"`);
        await queryRunner.query(`DROP FUNCTION "release_head_guard"()`);
        await queryRunner.query(`
            ALTER TABLE "release_head" DROP CONSTRAINT "release_head_release_fk"
        `);
        await queryRunner.query(`
            DROP TABLE "release_head"
        `);
    }

}
