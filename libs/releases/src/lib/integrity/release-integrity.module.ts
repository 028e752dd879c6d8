import { Global, Module } from '@nestjs/common';
import { ReleaseContentCheck } from '@concord/control-list';
import { ReleaseIntegrity } from './release-integrity';

/**
 * Global because the control-list library, below this one, serves the snapshot rows and can only reach the check
 * through the ReleaseContentCheck port bound here.
 */
@Global()
@Module({
  providers: [ReleaseIntegrity, { provide: ReleaseContentCheck, useExisting: ReleaseIntegrity }],
  exports: [ReleaseIntegrity, ReleaseContentCheck],
})
export class ReleaseIntegrityModule {}
