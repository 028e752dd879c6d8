import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
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
    const argumentsOf = (elements: MessageFormatElement[]): string[] =>
      elements.flatMap((element) => {
        if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
        const nested = 'options' in element ? Object.values(element.options).flatMap((option) => argumentsOf(option.value)) : [];
        return [element.value, ...nested];
      });
    const placeholders = (message: string) => [...new Set(argumentsOf(parse(message)))].sort();
    for (const id of ids) {
      const english = placeholders(catalog.en[id]);
      expect({ id, fr: placeholders(catalog.fr[id]) }).toEqual({ id, fr: english });
      expect({ id, ja: placeholders(catalog.ja[id]) }).toEqual({ id, ja: english });
    }
  });
});
