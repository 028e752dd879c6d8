/** The languages Concord writes to people in. The value is the BCP 47 tag stored on the user. */
export enum Locale {
  EN = 'en',
  FR = 'fr',
  JA = 'ja',
}

export const LOCALES: readonly Locale[] = Object.values(Locale);

/** Texts of one message in every language, so a missing translation is a type error rather than a blank mail. */
export type Localized<T> = Record<Locale, T>;
