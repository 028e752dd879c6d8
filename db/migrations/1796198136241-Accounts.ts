import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * People's accounts and notifications (issue 13): token versions, locales and second factors on app_user; sign-in
 * sessions with rotating refresh tokens; one-time password resets; recovery codes; the mail outbox; notifications,
 * their per-kind preferences, and the once-per-state ballot reminders.
 */
export class Accounts1796198136241 implements MigrationInterface {
    name = 'Accounts1796198136241'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "mail_outbox" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient" text NOT NULL,
                "category" text NOT NULL,
                "subject" text NOT NULL,
                "text_body" text NOT NULL,
                "html_body" text NOT NULL,
                "locale" text NOT NULL,
                "status" text NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE DEFAULT now(),
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "mail_outbox_status_known" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')),
                CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "mail_outbox_by_recipient" ON "mail_outbox" ("recipient", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "mail_outbox_due" ON "mail_outbox" ("status", "next_attempt_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "password_reset" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "origin" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "password_reset_expiry_after_creation" CHECK ("expires_at" > "created_at"),
                CONSTRAINT "password_reset_origin_known" CHECK ("origin" IN ('SELF', 'SECRETARIAT')),
                CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "password_reset_by_user" ON "password_reset" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "password_reset_token_unique" ON "password_reset" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "recovery_code" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "recovery_code_by_user" ON "recovery_code" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "recovery_code_hash_unique" ON "recovery_code" ("code_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "auth_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" text,
                "user_agent" text,
                CONSTRAINT "auth_session_ended_with_reason" CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL)),
                CONSTRAINT "auth_session_end_reason_known" CHECK (
                    "end_reason" IS NULL
                    OR "end_reason" IN (
                        'SIGNED_OUT',
                        'SIGNED_OUT_EVERYWHERE',
                        'REVOKED',
                        'REFRESH_TOKEN_REUSED',
                        'PASSWORD_CHANGED',
                        'DEACTIVATED'
                    )
                ),
                CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "auth_session_by_user" ON "auth_session" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "refresh_token_by_session" ON "refresh_token" ("session_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "refresh_token_hash_unique" ON "refresh_token" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_reminder" (
                "ballot_id" uuid NOT NULL,
                "state_id" uuid NOT NULL,
                "reminded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_4131672f9853d72febd1f2aa3f2" PRIMARY KEY ("ballot_id", "state_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" text NOT NULL,
                "params" jsonb NOT NULL,
                "link" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "delivery" text NOT NULL,
                "digest_due_at" TIMESTAMP WITH TIME ZONE,
                "digested_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "notification_digest_when_digested" CHECK (
                    ("delivery" = 'IMMEDIATE') = ("digest_due_at" IS NULL)
                ),
                CONSTRAINT "notification_delivery_known" CHECK ("delivery" IN ('IMMEDIATE', 'DAILY', 'WEEKLY')),
                CONSTRAINT "notification_kind_known" CHECK (
                    "kind" IN (
                        'PROPOSAL_SUBMITTED',
                        'PROPOSAL_RETURNED',
                        'COMMENT_REPLY',
                        'COMMENT_ON_OWN_PROPOSAL',
                        'BALLOT_OPENED',
                        'BALLOT_CLOSING',
                        'BALLOT_CLOSED',
                        'RELEASE_PUBLISHED'
                    )
                ),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_digest_due" ON "notification" ("digest_due_at")
            WHERE "digested_at" IS NULL
                AND "digest_due_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_inbox" ON "notification" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "delivery" text NOT NULL,
                "weekday" smallint,
                CONSTRAINT "notification_preference_weekday" CHECK (
                    ("delivery" = 'WEEKLY') = ("weekday" IS NOT NULL)
                    AND (
                        "weekday" IS NULL
                        OR "weekday" BETWEEN 1 AND 7
                    )
                ),
                CONSTRAINT "notification_preference_delivery_known" CHECK (
                    "delivery" IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')
                ),
                CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "token_version" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "locale" text NOT NULL DEFAULT 'en'
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "totp_secret" text
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "totp_pending_secret" text
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "totp_last_step" bigint
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "app_user_locale_known" CHECK ("locale" IN ('en', 'fr', 'ja'))
        `);
        await queryRunner.query(`
            ALTER TABLE "password_reset"
            ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "recovery_code"
            ADD CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_reminder"
            ADD CONSTRAINT "FK_dd581a1357c3206c21cf6a0ba78" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_reminder" DROP CONSTRAINT "FK_dd581a1357c3206c21cf6a0ba78"
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"
        `);
        await queryRunner.query(`
            ALTER TABLE "recovery_code" DROP CONSTRAINT "FK_f5c95d9ca2047afa670093e2028"
        `);
        await queryRunner.query(`
            ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "app_user_locale_known"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "totp_last_step"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "totp_enabled_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "totp_pending_secret"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "totp_secret"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "locale"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "token_version"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_inbox"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_digest_due"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_reminder"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."refresh_token_hash_unique"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."refresh_token_by_session"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."auth_session_by_user"
        `);
        await queryRunner.query(`
            DROP TABLE "auth_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."recovery_code_hash_unique"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."recovery_code_by_user"
        `);
        await queryRunner.query(`
            DROP TABLE "recovery_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."password_reset_token_unique"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."password_reset_by_user"
        `);
        await queryRunner.query(`
            DROP TABLE "password_reset"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."mail_outbox_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."mail_outbox_by_recipient"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_outbox"
        `);
    }

}
