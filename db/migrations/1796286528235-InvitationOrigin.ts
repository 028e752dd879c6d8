import { MigrationInterface, QueryRunner } from "typeorm";

/** Invitations get their own reset origin (longer-lived link, own mail); TypeORM does not diff a CHECK's body. */
export class InvitationOrigin1796286528235 implements MigrationInterface {
    name = 'InvitationOrigin1796286528235'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "password_reset" DROP CONSTRAINT "password_reset_origin_known"
        `);
        await queryRunner.query(`
            ALTER TABLE "password_reset"
            ADD CONSTRAINT "password_reset_origin_known" CHECK ("origin" IN ('SELF', 'SECRETARIAT', 'INVITATION'))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DELETE FROM "password_reset" WHERE "origin" = 'INVITATION'
        `);
        await queryRunner.query(`
            ALTER TABLE "password_reset" DROP CONSTRAINT "password_reset_origin_known"
        `);
        await queryRunner.query(`
            ALTER TABLE "password_reset"
            ADD CONSTRAINT "password_reset_origin_known" CHECK ("origin" IN ('SELF', 'SECRETARIAT'))
        `);
    }

}
