import { ReactNode, useState } from 'react';
import { ErrorNotice } from '../../ui/error-notice';
import { ActionDisclosure } from '../secretariat/action-disclosure';

interface ConfirmActionProps {
  /** The button that opens the confirmation, e.g. "Suspend…". */
  label: string;
  /** What happens, in words, before anything is sent. */
  consequence: ReactNode;
  /** The button that does it, e.g. "Suspend Japan". */
  confirm: string;
  cancel: string;
  /** Resolves when done; rejects with the API's refusal, shown in place. */
  onConfirm(): Promise<unknown>;
}

/** A consequential action that says what it does and waits for a second, explicit press. */
export function ConfirmAction({ label, consequence, confirm, cancel, onConfirm }: ConfirmActionProps) {
  return <ActionDisclosure label={label}>{(close) => <ConfirmForm {...{ consequence, confirm, cancel, onConfirm }} onDone={close} />}</ActionDisclosure>;
}

function ConfirmForm({ consequence, confirm, cancel, onConfirm, onDone }: Omit<ConfirmActionProps, 'label'> & { onDone(): void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onDone();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <div className="action-form">
      <ErrorNotice error={error} />
      <p className="consequence">{consequence}</p>
      <div className="action-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {confirm}
        </button>
        <button type="button" onClick={onDone}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
