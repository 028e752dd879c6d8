import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { ControlListModule } from '@concord/control-list';
import { InForceResolver } from './in-force/in-force.resolver';
import { InForceService } from './in-force/in-force.service';
import { ImplementationMatrixResolver } from './matrix/implementation-matrix.resolver';
import { ImplementationReferences } from './records/implementation-references';
import { ImplementationsResolver } from './records/implementations.resolver';
import { ImplementationsService } from './records/implementations.service';
import { ReleaseImplementationsResolver } from './records/release-implementations.resolver';

/** Each state's implementation of the releases in its national law, and what is in force there on a day (DESIGN §5b). */
@Module({
  imports: [AuthModule, ControlListModule],
  providers: [
    ImplementationsService,
    ImplementationReferences,
    InForceService,
    ImplementationsResolver,
    ReleaseImplementationsResolver,
    ImplementationMatrixResolver,
    InForceResolver,
  ],
  exports: [ImplementationsService],
})
export class ImplementationModule {}
