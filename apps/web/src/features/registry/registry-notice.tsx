import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The page's one status line. After an action closes its own confirmation the control that had focus is gone, so
 * focus moves to the line saying what happened (role=status announces it too) instead of falling to the page's end.
 */
export function useRegistryNotice() {
  const [notice, setNotice] = useState<{ text: string; serial: number }>({ text: '', serial: 0 });
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice.serial > 0) ref.current?.focus();
  }, [notice]);
  const announce = useCallback((text: string) => setNotice((previous) => ({ text, serial: previous.serial + 1 })), []);
  const node = (
    <p role="status" className="registry-notice" ref={ref} tabIndex={-1}>
      {notice.text}
    </p>
  );
  return [node, announce] as const;
}
