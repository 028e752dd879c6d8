import { ReactNode, useId, useState } from 'react';

/** An action that needs details and a confirmation opens in place, under the button that asked for it. */
export function ActionDisclosure({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="action-disclosure">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label}
      </button>
      <div id={id} hidden={!open}>
        {open && children(() => setOpen(false))}
      </div>
    </div>
  );
}
