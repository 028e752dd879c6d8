import { MigrationInterface, QueryRunner } from "typeorm";

const GUARDED_TABLES: ReadonlyArray<readonly [string, string]> = [
    ['release_entry', 'entries'],
    ['release_paragraph', 'paragraphs'],
    ['release_reference', 'related-control references'],
    ['release_correlation', 'customs correlations'],
    ['release_definition', 'definitions'],
    ['release_paragraph_text', 'paragraph texts'],
    ['release_heading_text', 'heading texts'],
    ['release_definition_text', 'definition texts'],
];

// Written by hand (triggers). The row-level guard ran a plpgsql function and a lookup of the release for every row a
// publication writes: 1.28 s of PostgreSQL for the 156,000 rows of a 20,000-entry release. Inserts are now checked
// once per statement, over the rows it inserted (a transition table); an UPDATE or DELETE is still refused row by
// row, before it happens. Raised after the statement's rows are written, the error still undoes the whole statement.
export class SnapshotInsertGuard1796700000000 implements MigrationInterface {
    name = 'SnapshotInsertGuard1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION "release_snapshot_insert_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                sealed record;
            BEGIN
                SELECT version, status INTO sealed FROM "release"
                WHERE id IN (SELECT DISTINCT release_id FROM inserted) AND status <> 'DRAFT'
                LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION 'Release % is %: its % cannot be changed', sealed.version, lower(sealed.status), TG_ARGV[0]
                        USING ERRCODE = 'P0001';
                END IF;
                RETURN NULL;
            END
            $$
        `);
        for (const [table, noun] of GUARDED_TABLES) {
            await queryRunner.query(`DROP TRIGGER "${table}_immutable" ON "${table}"`);
            await queryRunner.query(`
                CREATE TRIGGER "${table}_immutable" BEFORE UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION "release_snapshot_guard"('${noun}')
            `);
            await queryRunner.query(`
                CREATE TRIGGER "${table}_immutable_insert" AFTER INSERT ON "${table}"
                REFERENCING NEW TABLE AS inserted
                FOR EACH STATEMENT EXECUTE FUNCTION "release_snapshot_insert_guard"('${noun}')
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table, noun] of GUARDED_TABLES) {
            await queryRunner.query(`DROP TRIGGER "${table}_immutable_insert" ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER "${table}_immutable" ON "${table}"`);
            await queryRunner.query(`
                CREATE TRIGGER "${table}_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION "release_snapshot_guard"('${noun}')
            `);
        }
        await queryRunner.query(`DROP FUNCTION "release_snapshot_insert_guard"()`);
    }
}
