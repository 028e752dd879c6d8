import { graphql } from '../../graphql';

export const TRANSLATION_EXCHANGE = graphql(`
  query TranslationExchange($input: TranslationExchangeInput!) {
    translationExchange(input: $input) { fileName units translated xliff }
  }
`);

export const IMPORT_TRANSLATIONS = graphql(`
  mutation ImportTranslations($input: ImportTranslationsInput!) {
    importTranslations(input: $input) { version language dryRun state read written rejected defects { kind location message rejected } }
  }
`);
