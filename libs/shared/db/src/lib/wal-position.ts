/** A PostgreSQL WAL position (pg_lsn, written `16/B374D848`) as a number, so that positions compare. */
export type WalPosition = bigint;

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function isWalPosition(text: string): boolean {
  return LSN.test(text.trim());
}

export function parseWalPosition(text: string): WalPosition {
  const match = LSN.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}
