import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';

/**
 * `entries` pages through one release. Under the `releases` list it would multiply two page sizes (up to 500 × 500
 * entries in one request), and the cost limit cannot see page sizes passed as variables. So a list is pulled with
 * `release(version) { entries }`, one release at a time: refused in validation, before anything runs, whether the
 * field is written inline or reached through fragments.
 */
export function oneReleaseEntriesRule(context: ValidationContext): ASTVisitor {
  let underReleaseList = 0;
  const refuse = (node: Parameters<typeof context.reportError>[0]['nodes']) =>
    context.reportError(
      new GraphQLError('Release.entries is read one release at a time: use release(version) { entries } instead of releases', {
        nodes: node,
        extensions: { code: 'BAD_USER_INPUT', reason: 'LIST_UNDER_LIST' },
      }),
    );
  const selectsEntries = (selectionSet: SelectionSetNode, seen: Set<string>): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'entries' || (!!selection.selectionSet && selectsEntries(selection.selectionSet, seen));
      if (selection.kind === Kind.INLINE_FRAGMENT) return selectsEntries(selection.selectionSet, seen);
      return fragmentSelectsEntries(selection.name.value, seen);
    });
  const fragmentSelectsEntries = (name: string, seen = new Set<string>()): boolean => {
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = context.getFragment(name);
    return !!fragment && selectsEntries(fragment.selectionSet, seen);
  };
  const isReleaseList = (name: string) => context.getParentType()?.name === 'Query' && name === 'releases';
  return {
    Field: {
      enter(node) {
        if (isReleaseList(node.name.value)) underReleaseList++;
        else if (underReleaseList > 0 && context.getParentType()?.name === 'Release' && node.name.value === 'entries') refuse([node]);
      },
      leave(node) {
        if (isReleaseList(node.name.value)) underReleaseList--;
      },
    },
    FragmentSpread(node) {
      if (underReleaseList > 0 && fragmentSelectsEntries(node.name.value)) refuse([node]);
    },
  };
}
