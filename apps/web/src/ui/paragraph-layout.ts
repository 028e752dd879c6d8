/** Paragraph a.1.b sits two levels under a; notes sit one level under the paragraph they follow. */
export function paragraphDepth(path: string, kind: string): number {
  const depth = path.split('.').length - 1;
  return kind === 'ITEM' ? depth : depth + 1;
}

export const paragraphClass = (path: string, kind: string) =>
  `paragraph paragraph-${kind.toLowerCase().replace(/_/g, '-')} depth-${Math.min(paragraphDepth(path, kind), 6)}`;
