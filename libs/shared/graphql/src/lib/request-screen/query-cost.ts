import { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination';

/**
 * What answering an operation may cost, counted before it runs: each field costs 1, and whatever a paginated field
 * selects is counted once per item it may return (`first`, or the default page size), so nested pages multiply.
 * Page sizes are read from the variables exactly as from literals, which a validation rule (seeing no variables)
 * could not do. Introspection is free: it is bounded by the schema, not by the data.
 */
export function queryCost(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown> | undefined,
): number {
  const pageSize = (value: ValueNode | undefined): number => {
    if (!value) return DEFAULT_PAGE_SIZE;
    if (value.kind === 'IntValue') return Number(value.value);
    if (value.kind === 'Variable') {
      const given = variables?.[value.name.value];
      return typeof given === 'number' && Number.isFinite(given) ? given : DEFAULT_PAGE_SIZE;
    }
    return DEFAULT_PAGE_SIZE;
  };
  const costOf = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value.startsWith('__')) continue;
        total += 1;
        if (!selection.selectionSet) continue;
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        const times = first ? Math.max(1, pageSize(first.value)) : 1;
        total += times * costOf(selection.selectionSet, seen);
      } else if (selection.kind === 'InlineFragment') {
        total += costOf(selection.selectionSet, seen);
      } else {
        const fragment = fragments[selection.name.value];
        // A fragment spreading itself is refused by validation; counting it once is enough here.
        if (fragment && !seen.has(fragment.name.value)) total += costOf(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, new Set());
}
