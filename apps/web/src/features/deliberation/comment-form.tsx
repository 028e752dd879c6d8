import { FormEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/use-t';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';

interface CommentFormProps {
  /** Says what the comment is anchored to (or that it is a reply or an edit). */
  label: string;
  submitLabel: string;
  initialBody?: string;
  onSubmit(body: string): Promise<void>;
  onCancel(): void;
}

/** One text area for a comment, a reply or an edit; focused when it opens, refusals shown in words. */
export function CommentForm({ label, submitLabel, initialBody = '', onSubmit, onCancel }: CommentFormProps) {
  const t = useT();
  const [body, setBody] = useState(initialBody);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setEmpty(true);
      area.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const fields = error ? describeError(error).fields : [];
  const problems = [...(empty ? [{ field: 'body', message: t('deliberation.form.required') }] : []), ...problemsAt(fields, 'body')];
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <ErrorNotice error={error} />
      <FormField label={label} hint={t('deliberation.form.hint')} problems={problems}>
        <textarea
          ref={area}
          name="body"
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setEmpty(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
          }}
        />
      </FormField>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('deliberation.sending') : submitLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('deliberation.cancel')}
        </button>
      </div>
    </form>
  );
}
