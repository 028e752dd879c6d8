import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 part 4: a webhook may follow a subtree of the list (code prefixes and exact codes, normalised by the API),
 * and is then sent each publication's signed delta of that subtree instead of the notice. The CHECK holds the grammar
 * and the limit of 50 items, so no row the API would refuse can be written around it.
 */
export class WebhookScope1796304400338 implements MigrationInterface {
    name = 'WebhookScope1796304400338';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook"
            ADD "scope_prefixes" text array
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook"
            ADD "scope_codes" text array
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook"
            ADD CONSTRAINT "webhook_scope_valid" CHECK (
                    ("scope_prefixes" IS NULL) = ("scope_codes" IS NULL)
                    AND (
                        "scope_prefixes" IS NULL
                        OR (
                            cardinality("scope_prefixes") + cardinality("scope_codes") BETWEEN 1 AND 50
                            AND array_position("scope_prefixes", NULL) IS NULL
                            AND array_position("scope_codes", NULL) IS NULL
                            AND array_to_string("scope_prefixes", ',') ~ '^([0-9]([A-E][0-9]{0,2})?(,[0-9]([A-E][0-9]{0,2})?)*)?$'
                            AND array_to_string("scope_codes", ',') ~ '^([0-9][A-E][0-9]{3}(,[0-9][A-E][0-9]{3})*)?$'
                        )
                    )
                )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook" DROP CONSTRAINT "webhook_scope_valid"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook" DROP COLUMN "scope_codes"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook" DROP COLUMN "scope_prefixes"
        `);
    }
}
