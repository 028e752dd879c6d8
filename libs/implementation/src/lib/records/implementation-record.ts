import { ImplementationStatus } from '../implementation-terms';
import { NationalImplementationEntity } from './national-implementation.entity';

/** A cell of the matrix: the record a state made, with its number of deviations, or NOT_STARTED when there is none. */
export interface ImplementationRecord {
  releaseId: string;
  stateId: string;
  status: ImplementationStatus;
  legalReference: string | null;
  entryIntoForce: string | null;
  revision: number;
  recordedById: string | null;
  recordedAt: Date | null;
  deviationCount: number;
}

export const recordOf = (entity: NationalImplementationEntity, deviationCount: number): ImplementationRecord => ({
  releaseId: entity.releaseId,
  stateId: entity.stateId,
  status: entity.status,
  legalReference: entity.legalReference,
  entryIntoForce: entity.entryIntoForce,
  revision: entity.revision,
  recordedById: entity.recordedById,
  recordedAt: entity.recordedAt,
  deviationCount,
});

export const notStarted = (releaseId: string, stateId: string): ImplementationRecord => ({
  releaseId,
  stateId,
  status: ImplementationStatus.NOT_STARTED,
  legalReference: null,
  entryIntoForce: null,
  revision: 0,
  recordedById: null,
  recordedAt: null,
  deviationCount: 0,
});
