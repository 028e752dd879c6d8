import { IntlMessageFormat } from 'intl-messageformat';
import { createIntl } from 'react-intl';
import { catalog } from './catalog';

describe('the message catalog', () => {
  const ids = Object.keys(catalog.en) as (keyof typeof catalog.en)[];

  it('has every English string in French and Japanese, none left blank', () => {
    for (const locale of ['fr', 'ja'] as const) {
      expect(Object.keys(catalog[locale]).sort()).toEqual([...ids].sort());
      expect(ids.filter((id) => !catalog[locale][id].trim())).toEqual([]);
    }
  });

  it('holds only messages that format, with the same placeholders in every language', () => {
    type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
    // Literals (0) and `#` (7) name nothing; every other element is an argument, and plural or select branches nest.
    const argumentsOf = (elements: Element[]): string[] =>
      elements.flatMap((element) => [
        ...(element.type === 0 || element.type === 7 || !element.value ? [] : [element.value]),
        ...Object.values(element.options ?? {}).flatMap((option) => argumentsOf(option.value)),
      ]);
    const placeholders = (message: string) => [...new Set(argumentsOf(new IntlMessageFormat(message, 'en').getAst() as Element[]))].sort();
    for (const id of ids) {
      const english = placeholders(catalog.en[id]);
      expect({ id, fr: placeholders(catalog.fr[id]) }).toEqual({ id, fr: english });
      expect({ id, ja: placeholders(catalog.ja[id]) }).toEqual({ id, ja: english });
    }
    for (const locale of ['en', 'fr', 'ja'] as const) {
      const errors: string[] = [];
      const intl = createIntl({ locale, messages: catalog[locale], onError: (error) => errors.push(error.message) });
      const values = (id: keyof typeof catalog.en) => Object.fromEntries(placeholders(catalog.en[id]).map((name) => [name, 1]));
      for (const id of ids) intl.formatMessage({ id }, values(id));
      expect({ locale, errors }).toEqual({ locale, errors: [] });
    }
  });
});
