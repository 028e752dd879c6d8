import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795677844365 implements MigrationInterface {
    name = 'Foundation1795677844365'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "participating_state" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character(2) NOT NULL,
                "name" text NOT NULL,
                "status" text NOT NULL DEFAULT 'ACTIVE',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "participating_state_code_unique" UNIQUE ("code"),
                CONSTRAINT "participating_state_name_present" CHECK (
                    length(btrim("name")) BETWEEN 1 AND 120
                ),
                CONSTRAINT "participating_state_status_known" CHECK ("status" IN ('ACTIVE', 'SUSPENDED', 'OBSERVER')),
                CONSTRAINT "participating_state_code_iso_alpha2" CHECK ("code" ~ '^[A-Z]{2}$'),
                CONSTRAINT "PK_842c159f90d01424b08dc69676a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "api_client" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "state_id" uuid NOT NULL,
                "scopes" text array NOT NULL,
                "key_id" character(16) NOT NULL,
                "secret_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by_id" uuid,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "api_client_key_id_unique" UNIQUE ("key_id"),
                CONSTRAINT "api_client_key_id_format" CHECK ("key_id" ~ '^[0-9a-f]{16}$'),
                CONSTRAINT "api_client_scopes_known" CHECK (
                    "scopes" <@ ARRAY ['RELEASES_READ']::text []
                    AND cardinality("scopes") > 0
                ),
                CONSTRAINT "PK_82a5ec6981d2be903a9eb1d9b9a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "login_failure" (
                "id" BIGSERIAL NOT NULL,
                "subject" text NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "login_failure_subject_time" ON "login_failure" ("subject", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "role" text NOT NULL,
                "state_id" uuid,
                "password_hash" text NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "app_user_email_lowercase" CHECK (
                    "email" = lower("email")
                    AND "email" LIKE '%_@_%'
                ),
                CONSTRAINT "app_user_state_matches_role" CHECK (("role" = 'SECRETARIAT') = ("state_id" IS NULL)),
                CONSTRAINT "app_user_role_known" CHECK (
                    "role" IN ('DELEGATE', 'HEAD_OF_DELEGATION', 'SECRETARIAT')
                ),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "app_user_email_unique" ON "app_user" ("email")
        `);
        await queryRunner.query(`
            ALTER TABLE "api_client"
            ADD CONSTRAINT "FK_9d0a5fb158ebd2f56cddb3b6540" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_bb0d1378b87e1056ff27cc0f42d" FOREIGN KEY ("state_id") REFERENCES "participating_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_bb0d1378b87e1056ff27cc0f42d"
        `);
        await queryRunner.query(`
            ALTER TABLE "api_client" DROP CONSTRAINT "FK_9d0a5fb158ebd2f56cddb3b6540"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."app_user_email_unique"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."login_failure_subject_time"
        `);
        await queryRunner.query(`
            DROP TABLE "login_failure"
        `);
        await queryRunner.query(`
            DROP TABLE "api_client"
        `);
        await queryRunner.query(`
            DROP TABLE "participating_state"
        `);
    }

}
