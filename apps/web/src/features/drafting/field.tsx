import { createContext, ReactElement, ReactNode, useContext } from 'react';
import { FieldProblem, problemsAt } from '../../errors/describe-error';
import { FormField } from '../../ui/form-field';
import { fieldId, problemsExactly } from './change-set';

/** The problems of the whole form, already in the reader's words, for each field to pick its own. */
const ProblemsContext = createContext<FieldProblem[]>([]);
export const ProblemsProvider = ({ problems, children }: { problems: FieldProblem[]; children: ReactNode }) => (
  <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>
);
export const useProblems = () => useContext(ProblemsContext);

interface FieldProps {
  /** The API's path of the field, e.g. changes[0].entry.paragraphs[2].path. */
  path: string;
  label: string;
  hint?: string;
  /** Only problems at exactly this path (for a field whose path has others under it). */
  exact?: boolean;
  children: ReactElement<Record<string, unknown>>;
}

/** A FormField whose problems are the ones the API (or the form) named for its path, wrapped where the summary links to. */
export function Field({ path, label, hint, exact, children }: FieldProps) {
  const problems = useProblems();
  return (
    <div id={fieldId(path)} className="drafting-field">
      <FormField label={label} hint={hint} problems={exact ? problemsExactly(problems, path) : problemsAt(problems, path)}>
        {children}
      </FormField>
    </div>
  );
}

/** Problems about a whole group (a change, an entry, a list), shown at its start and linked to by the summary. */
export function GroupProblems({ path, id }: { path: string; id?: string }) {
  const problems = problemsExactly(useProblems(), path);
  return (
    <div id={id ?? fieldId(path)} tabIndex={-1} className="drafting-group-problems">
      {problems.length > 0 && (
        <ul className="field-error">
          {problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Focuses the element with this id, or the first control inside it (a field's wrapper). */
export function focusById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const control = element.matches('input, select, textarea, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
  (control ?? element).focus();
  return Boolean(control);
}
