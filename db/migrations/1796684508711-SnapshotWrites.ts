import { MigrationInterface, QueryRunner } from "typeorm";

// Every table a release's signed list is read from (see readStoredList): a statement on any of them moves the count.
const SNAPSHOT_TABLES = [
    "release_entry", "release_paragraph", "release_reference", "release_correlation", "release_definition",
    "release_paragraph_text", "release_heading_text", "release_definition_text",
];

export class SnapshotWrites1796684508711 implements MigrationInterface {
    name = 'SnapshotWrites1796684508711'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "snapshot_writes" (
                "id" boolean NOT NULL DEFAULT true,
                "count" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "snapshot_writes_one_row" CHECK ("id"),
                CONSTRAINT "PK_f2e3a70318fbeea5a3228ef6b5a" PRIMARY KEY ("id")
            )
        `);
        // Written by hand from here on: what TypeORM cannot express.
        await queryRunner.query(`INSERT INTO "snapshot_writes" ("id", "count") VALUES (true, 0)`);
        // The row is updated in the writing transaction, so a reader sees the new count exactly when it sees the rows.
        // ENABLE ALWAYS: a session in the replica role skips the guards that refuse such writes, but not this.
        await queryRunner.query(`
            CREATE FUNCTION "snapshot_written"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "snapshot_writes" SET "count" = "count" + 1;
                RETURN NULL;
            END
            $$
        `);
        for (const table of SNAPSHOT_TABLES) {
            await queryRunner.query(`
                CREATE TRIGGER "${table}_written" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "snapshot_written"()
            `);
            await queryRunner.query(`ALTER TABLE "${table}" ENABLE ALWAYS TRIGGER "${table}_written"`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of SNAPSHOT_TABLES) {
            await queryRunner.query(`DROP TRIGGER "${table}_written" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION "snapshot_written"()`);
        await queryRunner.query(`
            DROP TABLE "snapshot_writes"
        `);
    }

}
