import type { MessageId } from '../../app/i18n/catalog';
import type { FieldProblem } from '../../errors/describe-error';
import type { DeviationReason, ImplementationStatus } from '../../graphql/graphql';

export interface DeviationDraft {
  entryCode: string;
  reason: DeviationReason;
  explanation: string;
}

export interface ImplementationDraft {
  status: ImplementationStatus;
  legalReference: string;
  entryIntoForce: string;
  deviations: DeviationDraft[];
}

const problem = (field: string, message: MessageId): FieldProblem => ({ field, message });

/**
 * What the API would refuse, said at the field before sending. Messages are catalog ids, put into words by the form;
 * the API checks the same rules (and whether each entry is in the release) whatever this says.
 */
export function checkImplementation(draft: ImplementationDraft): FieldProblem[] {
  const inForce = draft.status === 'IMPLEMENTED' || draft.status === 'IMPLEMENTED_WITH_DEVIATIONS';
  const problems: FieldProblem[] = [];
  if (inForce && !draft.legalReference.trim()) problems.push(problem('legalReference', 'implementation.problem.legalReferenceRequired'));
  if (inForce && !draft.entryIntoForce) problems.push(problem('entryIntoForce', 'implementation.problem.entryIntoForceRequired'));
  if (draft.status === 'IMPLEMENTED_WITH_DEVIATIONS') {
    if (!draft.deviations.length) problems.push(problem('deviations', 'implementation.problem.deviationsRequired'));
    const seen = new Set<string>();
    draft.deviations.forEach((deviation, i) => {
      const code = deviation.entryCode.trim().toUpperCase();
      if (!/^[0-9][A-E][0-9]{3}$/.test(code)) problems.push(problem(`deviations[${i}].entryCode`, 'implementation.problem.entryCode'));
      else if (seen.has(code)) problems.push(problem(`deviations[${i}].entryCode`, 'implementation.problem.duplicateEntry'));
      seen.add(code);
      if (!deviation.explanation.trim()) problems.push(problem(`deviations[${i}].explanation`, 'implementation.problem.explanationRequired'));
    });
  }
  return problems;
}
