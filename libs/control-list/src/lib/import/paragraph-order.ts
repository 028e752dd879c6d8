/**
 * Document order of relative paragraph paths (`['j', '1', 'a']`). The CCL lists paragraphs depth first, so a real
 * new item always comes after the previous one; an item that does not is a note's enumeration or a parse error.
 */

function compareSegments(a: string, b: string): number {
  const aNumber = /^[0-9]+$/.test(a);
  const bNumber = /^[0-9]+$/.test(b);
  if (aNumber && bNumber) return Number(a) - Number(b);
  if (a.length !== b.length) return a.length - b.length; // `aa` follows `z`
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `path` comes after `previous` in document order (a child comes after its parent). */
export function comesAfter(path: readonly string[], previous: readonly string[] | undefined): boolean {
  if (!previous) return true;
  const shared = Math.min(path.length, previous.length);
  for (let i = 0; i < shared; i++) {
    const order = compareSegments(path[i], previous[i]);
    if (order !== 0) return order > 0;
  }
  return path.length > previous.length;
}

function successorOf(segment: string): string {
  if (/^[0-9]+$/.test(segment)) return String(Number(segment) + 1);
  if (segment === 'z') return 'aa';
  return segment.slice(0, -1) + String.fromCharCode(segment.charCodeAt(segment.length - 1) + 1);
}

/**
 * Whether `path` is what would naturally follow `previous`: its first child, or the next sibling of it or of one of
 * its ancestors (`b.3.b` → `b.3.b.1`, `b.3.c`, `b.4`, `c`).
 */
export function isNaturalNext(path: readonly string[], previous: readonly string[] | undefined): boolean {
  if (!previous) return path.length === 1 && (path[0] === 'a');
  const firstChild = previous.length % 2 === 1 ? '1' : 'a';
  if (samePath(path, [...previous, firstChild])) return true;
  for (let length = previous.length; length >= 1; length--) {
    const sibling = [...previous.slice(0, length - 1), successorOf(previous[length - 1])];
    if (samePath(path, sibling)) return true;
  }
  return false;
}

export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
