import { MigrationInterface, QueryRunner } from "typeorm";

export class Webhooks1795679863557 implements MigrationInterface {
    name = 'Webhooks1795679863557'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "webhook_attempt" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "delivery_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status_code" integer,
                "error" text,
                "duration_ms" integer NOT NULL,
                CONSTRAINT "webhook_attempt_number_unique" UNIQUE ("delivery_id", "number"),
                CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "api_client_id" uuid NOT NULL,
                "url" text NOT NULL,
                "events" text array NOT NULL,
                "secret" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "webhook_events_known" CHECK (
                    "events" <@ ARRAY ['RELEASE_PUBLISHED']::text []
                    AND cardinality("events") > 0
                ),
                CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "webhook_by_client" ON "webhook" ("api_client_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "webhook_id" uuid NOT NULL,
                "event_type" text NOT NULL,
                "body" text NOT NULL,
                "status" text NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_status_code" integer,
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "webhook_delivery_status_known" CHECK ("status" IN ('PENDING', 'SUCCEEDED', 'FAILED')),
                CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "webhook_delivery_by_webhook" ON "webhook_delivery" ("webhook_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "webhook_delivery_due" ON "webhook_delivery" ("status", "next_attempt_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_attempt"
            ADD CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook"
            ADD CONSTRAINT "FK_a59d308f6864d0181868a8e8597" FOREIGN KEY ("api_client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery"
            ADD CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook" DROP CONSTRAINT "FK_a59d308f6864d0181868a8e8597"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_attempt" DROP CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."webhook_delivery_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."webhook_delivery_by_webhook"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_delivery"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."webhook_by_client"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_attempt"
        `);
    }

}
