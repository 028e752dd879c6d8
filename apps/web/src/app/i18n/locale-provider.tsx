import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { catalog } from './catalog';
import { initialLocale, rememberLocale, UiLocale } from './locales';

interface LocaleChoice {
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: UiLocale }) {
  const [locale, setLocaleState] = useState<UiLocale>(fixed ?? initialLocale);
  const setLocale = useCallback((next: UiLocale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={catalog[locale]} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useLocale outside LocaleProvider');
  return choice;
}
