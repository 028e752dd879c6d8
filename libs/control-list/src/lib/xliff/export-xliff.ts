import type { TranslationUnit } from './translation-unit';
import { TranslationPart, TranslationState } from './xliff.enums';
import { xmlAttribute as attr, xmlText as text } from './xml-text';

export type XliffVersion = '2.1' | '1.2';

export const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_1_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF_METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** XLIFF 1.2 has no metadata module: the digest travels in a note from this originator. */
export const DIGEST_NOTE_FROM = 'concord:source-digest';

export interface XliffExportOptions {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  /** The release (or list) the sources come from, e.g. `2026.0`: names the file for the translator's tool. */
  release: string;
}

export const XLIFF_2_STATES: Record<TranslationState, string> = {
  [TranslationState.INITIAL]: 'initial',
  [TranslationState.TRANSLATED]: 'translated',
  [TranslationState.REVIEWED]: 'reviewed',
  [TranslationState.FINAL]: 'final',
};

export const XLIFF_1_2_STATES: Record<TranslationState, string> = {
  [TranslationState.INITIAL]: 'needs-translation',
  [TranslationState.TRANSLATED]: 'translated',
  [TranslationState.REVIEWED]: 'signed-off',
  [TranslationState.FINAL]: 'final',
};

/** The units as one XLIFF document, sources and any targets exactly as given (xml:space="preserve"). */
export function exportXliff(units: TranslationUnit[], options: XliffExportOptions): string {
  const body = options.version === '2.1' ? xliff2(units, options) : xliff12(units, options);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.join('\n')}\n`;
}

function xliff2(units: TranslationUnit[], options: XliffExportOptions): string[] {
  const lines = [
    `<xliff xmlns="${XLIFF_2_NAMESPACE}" xmlns:mda="${XLIFF_METADATA_NAMESPACE}" version="2.1" srcLang="${attr(options.sourceLanguage)}" trgLang="${attr(options.targetLanguage)}">`,
    `  <file id="f1" original="${attr(original(options))}">`,
  ];
  for (const unit of units) {
    const state = stateOf(unit);
    lines.push(
      `    <unit id="${attr(unit.id)}" name="${attr(unit.name)}" xml:space="preserve">`,
      '      <mda:metadata>',
      '        <mda:metaGroup category="concord">',
      ...metadata(unit).map(([type, value]) => `          <mda:meta type="${type}">${text(value)}</mda:meta>`),
      '        </mda:metaGroup>',
      '      </mda:metadata>',
      `      <notes><note category="context">${text(context(unit))}</note></notes>`,
      `      <segment state="${XLIFF_2_STATES[state]}">`,
      `        <source>${text(unit.source)}</source>`,
      ...(unit.target === undefined ? [] : [`        <target>${text(unit.target)}</target>`]),
      '      </segment>',
      '    </unit>',
    );
  }
  lines.push('  </file>', '</xliff>');
  return lines;
}

function xliff12(units: TranslationUnit[], options: XliffExportOptions): string[] {
  const lines = [
    `<xliff xmlns="${XLIFF_1_2_NAMESPACE}" version="1.2">`,
    `  <file source-language="${attr(options.sourceLanguage)}" target-language="${attr(options.targetLanguage)}" datatype="plaintext" original="${attr(original(options))}">`,
    '    <body>',
  ];
  for (const unit of units) {
    const target = unit.target === undefined ? [] : [`        <target state="${XLIFF_1_2_STATES[stateOf(unit)]}">${text(unit.target)}</target>`];
    lines.push(
      `      <trans-unit id="${attr(unit.id)}" resname="${attr(unit.name)}" xml:space="preserve">`,
      `        <source>${text(unit.source)}</source>`,
      ...target,
      `        <note from="concord" annotates="general">${text(context(unit))}</note>`,
      `        <note from="${DIGEST_NOTE_FROM}" annotates="source">${unit.sourceDigest}</note>`,
      '      </trans-unit>',
    );
  }
  lines.push('    </body>', '  </file>', '</xliff>');
  return lines;
}

function original(options: XliffExportOptions): string {
  return `concord-release/${options.release}`;
}

// XLIFF 2 allows a state past initial only with a target.
function stateOf(unit: TranslationUnit): TranslationState {
  if (unit.target === undefined) return TranslationState.INITIAL;
  return unit.state ?? TranslationState.TRANSLATED;
}

function metadata(unit: TranslationUnit): [string, string][] {
  return [
    ['part', unit.part],
    ...(unit.path === null ? [] : [['path', unit.path] as [string, string]]),
    ...(unit.paragraphKind === null ? [] : [['paragraphKind', unit.paragraphKind] as [string, string]]),
    ['sourceDigest', unit.sourceDigest],
  ];
}

/** What the translator's tool shows beside the text: where it sits in the list. */
function context(unit: TranslationUnit): string {
  if (unit.part === TranslationPart.HEADING) return `Heading of entry ${unit.path}`;
  if (unit.part === TranslationPart.DEFINITION) return `Definition of ${unit.name.slice('def:'.length)}`;
  return unit.paragraphKind === 'ITEM' ? `Item ${unit.path}` : `${unit.paragraphKind} to ${unit.path}`;
}
