import { useEffect, useRef } from 'react';
import { useT } from '../app/i18n/use-t';

/**
 * The screen's heading, also the document title; focused when the screen opens so a screen-reader user hears where
 * a link took them (a router changes the page without the browser announcing it).
 */
export function PageTitle({ children }: { children: string }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
