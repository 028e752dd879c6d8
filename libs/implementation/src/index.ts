import { ImplementationDeviationEntity } from './lib/records/implementation-deviation.entity';
import { NationalImplementationEntity } from './lib/records/national-implementation.entity';

export * from './lib/implementation.module';
export * from './lib/implementation-terms';
export * from './lib/implementation-error-reason';
export * from './lib/implementation-audit-action';
export * from './lib/implementation-constraint-errors';
export * from './lib/records/national-implementation.entity';
export * from './lib/records/implementation-deviation.entity';
export { ImplementationsService } from './lib/records/implementations.service';

export const IMPLEMENTATION_ENTITIES = [NationalImplementationEntity, ImplementationDeviationEntity];
