import { useId } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../i18n/use-t';
import { useLocale } from '../i18n/locale-provider';
import { LOCALE_NAMES, toApiLocale, UI_LOCALES, UiLocale } from '../i18n/locales';
import { SAVE_LOCALE } from '../session/session.operations';

/** Changes the language at once and, when signed in, saves it so every device and Concord's mail use it too. */
export function LanguagePicker({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  const id = useId();
  const { locale, setLocale } = useLocale();
  const [save] = useMutation(SAVE_LOCALE);
  const choose = (next: UiLocale) => {
    setLocale(next);
    if (signedIn) void save({ variables: { input: { locale: toApiLocale(next) } } }).catch(() => undefined);
  };
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={locale} onChange={(event) => choose(event.target.value as UiLocale)}>
        {UI_LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
