import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Once the page has what the address's #fragment names, brings it into view (the router does not, as a browser would). */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
