import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the request selects any of `names` at `path` below the field being resolved (every alias and fragment of
 * it merged). Lets a resolver load up front what the fields below it will ask for; @skip and @include are not read,
 * so a skipped field still counts as selected.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, path: readonly string[], names: readonly string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) fields = subfields(info, fields).filter((field) => field.name.value === name);
  return subfields(info, fields).some((field) => names.includes(field.name.value));
}

function subfields(info: GraphQLResolveInfo, fields: readonly FieldNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return found;
}
