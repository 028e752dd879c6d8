import { cloneElement, ReactElement, useId } from 'react';
import type { FieldProblem } from '../errors/describe-error';

interface FormFieldProps {
  label: string;
  hint?: string;
  /** Problems the API (or the form) named for this field. */
  problems?: FieldProblem[];
  children: ReactElement<Record<string, unknown>>;
}

/** A label, an optional hint and the field's problems, all tied to the control for assistive technology. */
export function FormField({ label, hint, problems = [], children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, problems.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problems.length ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': problems.length ? true : undefined })}
      {problems.length > 0 && (
        <ul className="field-error" id={errorId}>
          {problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
