import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft's audit events stay its delegation's own until it is submitted: the action that discloses an event beyond
 * its own state. Outside the hash on purpose (it governs who reads an event, not what it says).
 */
export class AuditPrivateUntil1796198860995 implements MigrationInterface {
    name = 'AuditPrivateUntil1796198860995';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "private_until" text`);
        // Drafts' events written before this migration were never meant for others either. The trail refuses every
        // UPDATE, so its guard is lifted for this one statement, inside the migration's transaction.
        await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_immutable"`);
        await queryRunner.query(`
            UPDATE "audit_event" SET "private_until" = 'proposal.submitted'
            WHERE "object_type" = 'proposal' AND "action" IN ('proposal.created', 'proposal.revised', 'proposal.withdrawn')
              AND ("summary"->>'status' = 'DRAFT' OR "summary"->>'from' = 'DRAFT')
        `);
        await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_immutable"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "private_until"`);
    }
}
