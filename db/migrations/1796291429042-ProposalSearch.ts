import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: `proposals(search:)` matches a stored, GIN-indexed vector of each revision instead of computing one
 * over every visible proposal per query. Revisions are immutable, so a generated column cannot go stale.
 */
export class ProposalSearch1796291429042 implements MigrationInterface {
    name = 'ProposalSearch1796291429042';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD "search" tsvector GENERATED ALWAYS AS (
                    to_tsvector('english', "title" || ' ' || "rationale" || ' ' || "changes"::text)
                ) STORED NOT NULL
        `);
        await queryRunner.query(`
            INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
            VALUES (current_database(), current_schema(), $1, $2, $3, $4)
        `, ["proposal_revision","GENERATED_COLUMN","search","to_tsvector('english', \"title\" || ' ' || \"rationale\" || ' ' || \"changes\"::text)"]);
        await queryRunner.query(`
            CREATE INDEX "proposal_revision_search" ON "proposal_revision" USING GIN ("search")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "proposal_revision_search"`);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3
        `, ["GENERATED_COLUMN","search","proposal_revision"]);
        await queryRunner.query(`ALTER TABLE "proposal_revision" DROP COLUMN "search"`);
    }
}
