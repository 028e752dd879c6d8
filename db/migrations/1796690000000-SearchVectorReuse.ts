import { MigrationInterface, QueryRunner } from "typeorm";

const SEARCH_EXPRESSION = `setweight(to_tsvector('english', translate("heading", '“”‘’«»', '      ')), 'A') || setweight(to_tsvector('english', translate("body", '“”‘’«»', '      ')), 'B')`;

// Written by hand: TypeORM would drop and re-add the column, losing every release's vectors (and the snapshot guards
// refuse the UPDATE that would fill them again). DROP EXPRESSION keeps the values.
export class SearchVectorReuse1796690000000 implements MigrationInterface {
    name = 'SearchVectorReuse1796690000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "release_entry" ALTER COLUMN "search" DROP EXPRESSION`);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3
        `, ["GENERATED_COLUMN", "search", "release_entry"]);
        await queryRunner.query(`CREATE INDEX "release_entry_by_code" ON "release_entry" ("code")`);
        // The vector is a function of the heading and the body alone, so an entry with the same code, heading and body
        // in another release already holds it: a publication that changes one entry of 20,000 copies 19,999 vectors
        // instead of parsing ~11 MB of text again (2.4 s of PostgreSQL). Whatever the writer sends is replaced.
        await queryRunner.query(`
            CREATE FUNCTION "release_entry_search"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SELECT e.search INTO NEW.search FROM "release_entry" e
                WHERE e.code = NEW.code AND e.release_id <> NEW.release_id AND e.heading = NEW.heading AND e.body = NEW.body
                LIMIT 1;
                IF NOT FOUND THEN
                    NEW.search := ${SEARCH_EXPRESSION.replace(/"heading"/g, 'NEW.heading').replace(/"body"/g, 'NEW.body')};
                END IF;
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "release_entry_search" BEFORE INSERT OR UPDATE ON "release_entry"
            FOR EACH ROW EXECUTE FUNCTION "release_entry_search"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "release_entry_search" ON "release_entry"`);
        await queryRunner.query(`DROP FUNCTION "release_entry_search"()`);
        await queryRunner.query(`DROP INDEX "release_entry_by_code"`);
        // A column cannot become generated again in place: it is made anew, computed for every row by the rewrite.
        await queryRunner.query(`DROP INDEX "release_entry_search"`);
        await queryRunner.query(`ALTER TABLE "release_entry" DROP COLUMN "search"`);
        await queryRunner.query(`ALTER TABLE "release_entry" ADD "search" tsvector GENERATED ALWAYS AS (${SEARCH_EXPRESSION}) STORED NOT NULL`);
        await queryRunner.query(`CREATE INDEX "release_entry_search" ON "release_entry" USING GIN ("search")`);
        await queryRunner.query(`
            INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
            VALUES (current_database(), current_schema(), $1, $2, $3, $4)
        `, ["release_entry", "GENERATED_COLUMN", "search", SEARCH_EXPRESSION]);
    }

}
