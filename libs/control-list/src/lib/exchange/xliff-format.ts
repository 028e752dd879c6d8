import { registerEnumType } from '@nestjs/graphql';
import type { XliffVersion } from '../xliff/export-xliff';
import { XliffDefectKind } from '../xliff/xliff.enums';

/** The XLIFF versions a translator's tool may ask for. */
export enum XliffFormat {
  XLIFF_2_1 = 'XLIFF_2_1',
  XLIFF_1_2 = 'XLIFF_1_2',
}

/** What a defect refuses: the whole file, or the one unit. */
export enum XliffRejection {
  FILE = 'FILE',
  UNIT = 'UNIT',
}

export const XLIFF_VERSION_OF: Record<XliffFormat, XliffVersion> = { [XliffFormat.XLIFF_2_1]: '2.1', [XliffFormat.XLIFF_1_2]: '1.2' };

export const xliffFormatOf = (version: XliffVersion | null): XliffFormat | null =>
  version === null ? null : version === '1.2' ? XliffFormat.XLIFF_1_2 : XliffFormat.XLIFF_2_1;

registerEnumType(XliffFormat, { name: 'XliffFormat', description: 'XLIFF 2.1, or 1.2 for the tools that read only that.' });
registerEnumType(XliffRejection, { name: 'XliffRejection', description: 'FILE: nothing in the file is taken; UNIT: that unit is not.' });
registerEnumType(XliffDefectKind, { name: 'XliffDefectKind', description: 'What is wrong in an XLIFF file handed back by a translator (docs/translations-xliff.md).' });
