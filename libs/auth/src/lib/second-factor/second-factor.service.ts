import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toDataURL, toString as toSvg } from 'qrcode';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { badInput, conflict, forbidden, unauthenticated } from '@concord/shared/graphql';
import { AuditTrail } from '../audit/audit-trail';
import { PasswordHasher } from '../authentication/password-hasher';
import { hashSecretToken } from '../authentication/secret-token';
import { Actor, UserActor } from '../authorization/actor';
import { Role, UserEntity } from '../users/user.entity';
import { ConfirmTotpInput } from './confirm-totp.input';
import { DisableTotpInput } from './disable-totp.input';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpFor, totpStep } from './totp';
import { TotpSecretBox } from './totp-secret-box';
import { AuthErrorReason } from '../auth-error-reason';
import { AuthAuditAction } from '../auth-audit-action';

export interface SecondFactorProof {
  totpCode?: string;
  recoveryCode?: string;
}

/** TOTP second factor (RFC 6238): enrolment, confirmation with recovery codes, checks at sign-in, removal. */
@Injectable()
export class SecondFactorService {
  private readonly box: TotpSecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {
    this.box = new TotpSecretBox(config.secondFactorKey);
  }

  /** Offers a new secret; it replaces the enrolled one only when confirmed with a code from it. */
  async begin(actor: Actor) {
    const person = this.assertPerson(actor);
    const secret = newTotpSecret();
    await this.db.getRepository(UserEntity).update({ id: person.id }, { totpPendingSecret: this.box.seal(secret, person.id) });
    const otpauthUri = totpFor(secret, person.email).toString();
    return { secret, otpauthUri, qrCodeSvg: await toSvg(otpauthUri, { type: 'svg', margin: 2 }), qrCodeDataUrl: await toDataURL(otpauthUri, { margin: 2 }) };
  }

  /** Confirms the offered secret with a code; returns recovery codes, shown this once (only hashes are kept). */
  async confirm(actor: Actor, input: ConfirmTotpInput): Promise<string[]> {
    const person = this.assertPerson(actor);
    return this.db.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.totpPendingSecret')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: person.id })
        .getOneOrFail();
      if (!user.totpPendingSecret) throw conflict('No enrolment is under way: call beginTotpEnrolment first', AuthErrorReason.NO_PENDING_ENROLMENT);
      const step = totpStep(this.box.open(user.totpPendingSecret, user.id), input.code, this.clock.now());
      if (step === undefined) throw badInput('The code does not match; check the authenticator\'s clock and try the current code', AuthErrorReason.INVALID_SECOND_FACTOR, [{ field: 'code', message: 'does not match' }]);
      await manager.update(UserEntity, { id: user.id }, {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: this.clock.now(),
        totpLastStep: String(step),
      });
      const codes = newRecoveryCodes();
      await manager.delete(RecoveryCodeEntity, { userId: user.id });
      await manager.insert(RecoveryCodeEntity, codes.map((code) => ({ userId: user.id, codeHash: hashSecretToken(code) })));
      await this.audit.record(manager, actor, { action: AuthAuditAction.USER_SECOND_FACTOR_ENROLLED, objectType: 'user', objectId: user.id, stateId: user.stateId, summary: { method: 'TOTP' } });
      return codes;
    });
  }

  async disable(actor: Actor, input: DisableTotpInput): Promise<UserEntity> {
    const person = this.assertPerson(actor);
    if (this.config.secretariatTotpRequired && person.role === Role.SECRETARIAT) {
      throw forbidden('Secretariat accounts must keep a second factor', AuthErrorReason.SECOND_FACTOR_REQUIRED_FOR_ROLE);
    }
    const user = await this.db.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: person.id }).getOneOrFail();
    if (!(await this.hasher.verify(input.currentPassword, user.passwordHash))) {
      throw badInput('The current password is not correct', AuthErrorReason.WRONG_CURRENT_PASSWORD, [{ field: 'currentPassword', message: 'is not correct' }]);
    }
    return this.db.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
      await manager.delete(RecoveryCodeEntity, { userId: user.id });
      await this.audit.record(manager, actor, { action: AuthAuditAction.USER_SECOND_FACTOR_REMOVED, objectType: 'user', objectId: user.id, stateId: user.stateId, summary: { method: 'TOTP' } });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  /**
   * At sign-in, for an enrolled account: a TOTP code newer than the last one accepted, or an unused recovery code.
   * Either is consumed by a conditional update, so the same code never works twice, even in two requests at once.
   */
  async verifyAtSignIn(user: UserEntity, proof: SecondFactorProof): Promise<boolean> {
    if (proof.totpCode && user.totpSecret) {
      const secret = this.box.open(user.totpSecret, user.id);
      const step = totpStep(secret, proof.totpCode, this.clock.now());
      if (step === undefined) return false;
      // A secret enrolled before sealing existed is sealed the first time it proves itself.
      const stored = this.box.isSealed(user.totpSecret) ? user.totpSecret : this.box.seal(secret, user.id);
      const [, affected] = (await this.db.query(
        `UPDATE app_user SET totp_last_step = $2, totp_secret = $3 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
        [user.id, step, stored],
      )) as [unknown, number];
      return affected === 1;
    }
    if (proof.recoveryCode) {
      const [, affected] = (await this.db.query(
        `UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
        [user.id, hashSecretToken(normalizeRecoveryCode(proof.recoveryCode))],
      )) as [unknown, number];
      return affected === 1;
    }
    return false;
  }

  private assertPerson(actor: Actor): UserActor {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    if (actor.kind !== 'USER') throw forbidden('Only people have a second factor', AuthErrorReason.PEOPLE_ONLY);
    return actor;
  }
}
