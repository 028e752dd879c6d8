import { SaxesParser, SaxesTagNS } from 'saxes';
import { tally } from '../import/defect-log';
import { DIGEST_NOTE_FROM, XLIFF_1_2_NAMESPACE, XLIFF_2_NAMESPACE, XliffVersion } from './export-xliff';
import { XliffDefectKind } from './xliff.enums';
import { ParsedXliff, XliffDefect, XliffImportOptions } from './xliff-import';
import { checkUnit, ReadUnit } from './xliff-unit-check';

const XLIFF_NAMESPACES = /^urn:oasis:names:tc:xliff:document:/;
// Annotations around text: their text is the translation, the annotation itself is not kept.
const TRANSPARENT_INLINE = new Set(['mrk', 'sm', 'em']);

/** Ends the reading of a file that cannot be read further; the defect saying why is already logged. */
class StopReading extends Error {}

/**
 * Reads an XLIFF 2.x or 1.2 file handed back by a translator (the version is found from the file), checking every unit
 * against the list: unknown or repeated ids, targets missing or holding inline markup, and sources changed since the
 * export (by digest) are rejected one by one, each with its line; a file in the wrong languages is rejected whole.
 */
export function parseXliff(xml: string, options: XliffImportOptions): ParsedXliff {
  const reader = new XliffReader(options);
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', (tag) => reader.open(tag, parser.line));
  parser.on('closetag', (tag) => reader.close(tag));
  parser.on('text', (text) => reader.text(text));
  parser.on('cdata', (text) => reader.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (!(error instanceof StopReading)) reader.notXml(error, parser);
  }
  return reader.result();
}

class XliffReader {
  private version: XliffVersion | null = null;
  private namespace = '';
  private fileRejected = false;
  private readonly defects: XliffDefect[] = [];
  private readonly units: ParsedXliff['units'] = [];
  private readonly firstLineOf = new Map<string, number>();
  private read = 0;
  private readonly stack: SaxesTagNS[] = [];
  private unit: ReadUnit | null = null;
  /** Where text goes now: a segment's source or target, the digest, or nowhere; and the depth of the element it is in. */
  private capture: 'source' | 'target' | 'digest' | null = null;
  private captureDepth = 0;

  constructor(private readonly options: XliffImportOptions) {}

  open(tag: SaxesTagNS, line: number): void {
    const parent = this.stack.at(-1);
    this.stack.push(tag);
    if (!parent) return this.root(tag, line);
    if (tag.uri !== this.namespace) return this.extension(tag);
    const attribute = (name: string) => tag.attributes[name]?.value;
    if (this.capture === 'source' || this.capture === 'target') return this.inline(tag);
    switch (tag.local) {
      case 'file':
        if (this.version === '1.2') this.languages(attribute('source-language'), attribute('target-language'), 'source-language', 'target-language', line);
        return;
      case 'unit':
      case 'trans-unit':
        this.unit = { id: attribute('id'), line, segments: [], markup: [], digest: null };
        if (tag.local === 'trans-unit') this.unit.segments.push({ source: '', target: undefined, ignorable: false, state: undefined });
        return;
      case 'segment':
      case 'ignorable':
        this.unit?.segments.push({ source: '', target: undefined, ignorable: tag.local === 'ignorable', state: attribute('state') });
        return;
      case 'source':
      case 'target':
        if (!this.unit || !['segment', 'ignorable', 'trans-unit'].includes(parent.local)) return;
        this.startCapture(tag.local);
        if (tag.local === 'target') {
          const segment = this.unit.segments.at(-1)!;
          segment.target = '';
          if (this.version === '1.2') segment.state = attribute('state');
        }
        return;
      case 'note':
        if (this.unit && this.version === '1.2' && attribute('from') === DIGEST_NOTE_FROM) this.startDigest();
        return;
    }
  }

  close(tag: SaxesTagNS): void {
    if (this.capture && this.stack.length === this.captureDepth) this.capture = null;
    this.stack.pop();
    if (tag.uri === this.namespace && (tag.local === 'unit' || tag.local === 'trans-unit') && this.unit) this.endUnit(this.unit);
  }

  text(text: string): void {
    const segment = this.unit?.segments.at(-1);
    if (this.capture === 'digest') this.unit!.digest = (this.unit!.digest ?? '') + text;
    else if (segment && this.capture === 'source') segment.source += text;
    else if (segment && this.capture === 'target') segment.target += text;
  }

  notXml(error: unknown, parser: SaxesParser): void {
    const message = (error instanceof Error ? error.message : String(error)).replace(/^\d+:\d+: /, '');
    this.defect(XliffDefectKind.NOT_XML, `line ${parser.line} column ${parser.column}`, `Not well-formed XML: ${message}.`, 'FILE');
  }

  result(): ParsedXliff {
    const rejected = this.defects.some((defect) => defect.rejected === 'FILE');
    const units = rejected ? [] : this.units;
    return { version: this.version, units, defects: this.defects, counts: tally(this.read, units.length) };
  }

  private root(tag: SaxesTagNS, line: number): void {
    const version = tag.attributes['version']?.value;
    if (tag.local !== 'xliff' || !XLIFF_NAMESPACES.test(tag.uri)) {
      this.stop(XliffDefectKind.NOT_XLIFF, line, `The document is <${tag.name}>${tag.uri ? ` in ${tag.uri}` : ''}, not <xliff> in an XLIFF namespace.`);
    }
    if (tag.uri === XLIFF_2_NAMESPACE && (version === '2.0' || version === '2.1')) this.version = '2.1';
    else if (tag.uri === XLIFF_1_2_NAMESPACE && version === '1.2') this.version = '1.2';
    else this.stop(XliffDefectKind.UNSUPPORTED_VERSION, line, `XLIFF version ${version ?? '(none)'} in ${tag.uri} is not one Concord reads: XLIFF 2.1 (or 2.0) and 1.2.`);
    this.namespace = tag.uri;
    if (this.version === '2.1') this.languages(tag.attributes['srcLang']?.value, tag.attributes['trgLang']?.value, 'srcLang', 'trgLang', line);
  }

  private languages(source: string | undefined, target: string | undefined, sourceName: string, targetName: string, line: number): void {
    const expectedSource = this.options.sourceLanguage ?? 'en';
    if (!sameLanguage(source, expectedSource)) {
      this.fileDefect(XliffDefectKind.WRONG_SOURCE_LANGUAGE, line, `The source language (${sourceName}) is ${source ?? 'missing'}; Concord's sources are ${expectedSource}.`);
    }
    if (!sameLanguage(target, this.options.targetLanguage)) {
      this.fileDefect(XliffDefectKind.WRONG_TARGET_LANGUAGE, line, `The target language (${targetName}) is ${target ?? 'missing'}, not ${this.options.targetLanguage} as expected.`);
    }
  }

  /** Elements of other namespaces: only the metadata module's source digest matters. */
  private extension(tag: SaxesTagNS): void {
    if (this.capture === 'target') this.unit?.markup.push(`<${tag.name}>`);
    else if (this.unit && tag.local === 'meta' && tag.attributes['type']?.value === 'sourceDigest') this.startDigest();
  }

  private inline(tag: SaxesTagNS): void {
    if (tag.local === 'cp' && this.version === '2.1') {
      const codePoint = parseInt(tag.attributes['hex']?.value ?? '', 16);
      if (Number.isInteger(codePoint) && codePoint <= 0x10ffff) return this.text(String.fromCodePoint(codePoint));
    }
    if (!TRANSPARENT_INLINE.has(tag.local) && this.capture === 'target') this.unit?.markup.push(`<${tag.name}>`);
  }

  private startDigest(): void {
    this.unit!.digest = '';
    this.startCapture('digest');
  }

  private startCapture(capture: NonNullable<XliffReader['capture']>): void {
    this.capture = capture;
    this.captureDepth = this.stack.length;
  }

  private endUnit(unit: ReadUnit): void {
    this.unit = null;
    this.read++;
    if (this.fileRejected) return;
    const checked = checkUnit(unit, this.version!, this.options.expectedUnits, this.firstLineOf);
    if ('defect' in checked) this.defects.push(checked.defect);
    else this.units.push(checked.translation);
  }

  private fileDefect(kind: XliffDefectKind, line: number, message: string): void {
    this.fileRejected = true;
    this.defect(kind, `line ${line}`, message, 'FILE');
  }

  private stop(kind: XliffDefectKind, line: number, message: string): never {
    this.fileDefect(kind, line, message);
    throw new StopReading(message);
  }

  private defect(kind: XliffDefectKind, location: string, message: string, rejected: XliffDefect['rejected']): void {
    this.defects.push({ kind, location, message, rejected });
  }
}

/** `fr-FR` is French: a tool may add a region to the language it was asked for. */
function sameLanguage(found: string | undefined, expected: string): boolean {
  if (!found) return false;
  const [a, b] = [found.toLowerCase(), expected.toLowerCase()];
  return a === b || a.startsWith(`${b}-`);
}
