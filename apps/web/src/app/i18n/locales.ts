export type UiLocale = 'en' | 'fr' | 'ja';
export const UI_LOCALES: readonly UiLocale[] = ['en', 'fr', 'ja'];

/** Names of the languages in themselves, so a reader finds their own whatever the current language is. */
export const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', fr: 'Français', ja: '日本語' };

const STORAGE_KEY = 'concord.locale';

export const fromApiLocale = (locale: 'EN' | 'FR' | 'JA'): UiLocale => locale.toLowerCase() as UiLocale;
export const toApiLocale = (locale: UiLocale) => locale.toUpperCase() as 'EN' | 'FR' | 'JA';

/** Before sign-in the browser's language (or the last choice on this device); after, the person's saved choice. */
export function initialLocale(): UiLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (UI_LOCALES as string[]).includes(saved)) return saved as UiLocale;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return (UI_LOCALES as string[]).includes(browser ?? '') ? (browser as UiLocale) : 'en';
}

export const rememberLocale = (locale: UiLocale) => globalThis.localStorage?.setItem(STORAGE_KEY, locale);
