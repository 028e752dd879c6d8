import { badInput, FieldProblem } from '@concord/shared/graphql';
import { isCalendarDate } from '../calendar-date';
import { ImplementationErrorReason } from '../implementation-error-reason';
import { DeviationReason, IN_FORCE_STATUSES, ImplementationStatus } from '../implementation-terms';
import { RecordImplementationInput } from './record-implementation.input';

export interface CheckedRecord {
  status: ImplementationStatus;
  legalReference: string | null;
  entryIntoForce: string | null;
  deviations: { entryCode: string; reason: DeviationReason; explanation: string }[];
}

/**
 * The rules of a record that need no database, each refused with its own reason before anything is written. The
 * tables enforce the same rules (see NationalImplementationEntity); these only say sooner, and per field, what is wrong.
 */
export function checkedRecord(input: RecordImplementationInput): CheckedRecord {
  const legalReference = input.legalReference?.trim() || null;
  const entryIntoForce = input.entryIntoForce?.trim() || null;
  if (input.legalReference != null && !legalReference) {
    throw badInput('The legal reference is blank', ImplementationErrorReason.INVALID_LEGAL_REFERENCE, [{ field: 'legalReference', message: 'must not be blank' }]);
  }
  if (entryIntoForce && !isCalendarDate(entryIntoForce)) {
    throw badInput(`${entryIntoForce} is not a date (YYYY-MM-DD)`, ImplementationErrorReason.INVALID_DATE, [{ field: 'entryIntoForce', message: 'must be a date, YYYY-MM-DD' }]);
  }
  if (IN_FORCE_STATUSES.includes(input.status)) {
    if (!legalReference) {
      throw badInput(`${input.status} names the national act`, ImplementationErrorReason.LEGAL_REFERENCE_REQUIRED, [{ field: 'legalReference', message: 'is required' }]);
    }
    if (!entryIntoForce) {
      throw badInput(`${input.status} names the date of entry into force`, ImplementationErrorReason.ENTRY_INTO_FORCE_REQUIRED, [
        { field: 'entryIntoForce', message: 'is required' },
      ]);
    }
  }
  const deviations = input.deviations.map((deviation) => ({
    entryCode: deviation.entryCode.trim().toUpperCase(),
    reason: deviation.reason,
    explanation: deviation.explanation.trim(),
  }));
  const withDeviations = input.status === ImplementationStatus.IMPLEMENTED_WITH_DEVIATIONS;
  if (withDeviations && !deviations.length) {
    throw badInput('IMPLEMENTED_WITH_DEVIATIONS lists at least one deviation', ImplementationErrorReason.DEVIATIONS_REQUIRED, [
      { field: 'deviations', message: 'needs at least one deviation' },
    ]);
  }
  if (!withDeviations && deviations.length) {
    throw badInput(`${input.status} has no deviations: record IMPLEMENTED_WITH_DEVIATIONS`, ImplementationErrorReason.DEVIATIONS_NOT_ALLOWED, [
      { field: 'deviations', message: 'only with IMPLEMENTED_WITH_DEVIATIONS' },
    ]);
  }
  const blank = deviations.flatMap((deviation, i) => (deviation.explanation ? [] : [{ field: `deviations[${i}].explanation`, message: 'must not be blank' }]));
  if (blank.length) throw badInput('Each deviation is explained', ImplementationErrorReason.INVALID_EXPLANATION, blank);
  const seen = new Set<string>();
  const repeated: FieldProblem[] = [];
  deviations.forEach((deviation, i) => {
    if (seen.has(deviation.entryCode)) repeated.push({ field: `deviations[${i}].entryCode`, message: `${deviation.entryCode} already has a deviation` });
    seen.add(deviation.entryCode);
  });
  if (repeated.length) throw badInput('One deviation per entry', ImplementationErrorReason.DUPLICATE_DEVIATION, repeated);
  return { status: input.status, legalReference, entryIntoForce, deviations };
}
