import { SetMetadata } from '@nestjs/common';
import { Permission } from './permission';

export const PERMISSION_KEY = 'concord:permission';
export const PUBLIC_KEY = 'concord:public';

/** The permission a query or mutation needs. Operations without one are refused (deny by default). */
export const Authorize = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

export const DURING_ENROLMENT_KEY = 'concord:during-enrolment';

/** Also open to an account that must enrol a second factor before anything else (enrolment itself, `me`). */
export const AllowDuringEnrolment = () => SetMetadata(DURING_ENROLMENT_KEY, true);

/** Open to anyone, signed in or not (login). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
