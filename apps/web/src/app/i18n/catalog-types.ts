/** Every string a feature shows, in English, with French and Japanese required for each key by the type checker. */
export interface FeatureMessages<T extends Record<string, string>> {
  en: T;
  fr: { [K in keyof T]: string };
  ja: { [K in keyof T]: string };
}

export const defineMessages = <T extends Record<string, string>>(messages: FeatureMessages<T>) => messages;
