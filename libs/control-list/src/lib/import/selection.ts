import type { ListSelection } from '../list-document';

/** An empty selection takes everything; otherwise an entry is taken when its code or its category is named. */
export function isSelected(code: string, selection: ListSelection | undefined): boolean {
  const codes = selection?.codes ?? [];
  const categories = selection?.categories ?? [];
  if (codes.length === 0 && categories.length === 0) return true;
  return codes.includes(code) || categories.includes(code.charAt(0));
}
