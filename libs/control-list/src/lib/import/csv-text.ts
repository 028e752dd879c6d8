/** RFC 4180 fields: quoted when they hold a comma, quote or line break; `""` inside quotes is one quote. */

export interface CsvField {
  value: string;
  /** A quoted empty field (`""`) is told apart from an empty one so that "" and null survive a round trip. */
  quoted: boolean;
}

export function formatCsvField(value: string | null): string {
  if (value === null) return '';
  if (value === '' || /[",\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function parseCsvRows(text: string): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let i = 0;
  const endRow = (): void => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') value += text[i++];
    }
    row.push({ value, quoted });
    if (text[i] === ',') {
      i++;
      if (i === text.length) row.push({ value: '', quoted: false });
    } else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      endRow();
    }
  }
  return rows;
}
