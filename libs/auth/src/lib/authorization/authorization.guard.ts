import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden } from '@concord/shared/graphql';
import { AccessPolicy } from './access-policy';
import { Permission } from './permission';
import { DURING_ENROLMENT_KEY, PERMISSION_KEY, PUBLIC_KEY } from './authorize.decorator';
import { actorOf } from './current-actor.decorator';
import { AuthErrorReason } from '../auth-error-reason';

/** Runs after authentication on every operation: checks the declared permission, refuses undeclared ones. */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessPolicy,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    if (!permission) throw forbidden('This operation declares no permission and is closed', AuthErrorReason.UNDECLARED_PERMISSION);
    const actor = actorOf(context);
    if (actor.kind === 'USER' && actor.mustEnrolSecondFactor && !this.reflector.getAllAndOverride<boolean>(DURING_ENROLMENT_KEY, targets)) {
      throw forbidden('This account must enrol a second factor (beginTotpEnrolment) before anything else', AuthErrorReason.SECOND_FACTOR_ENROLMENT_REQUIRED);
    }
    this.access.assert(actor, permission);
    return true;
  }
}
