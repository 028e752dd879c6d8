import { ArgumentNode, getOperationAST, OperationDefinitionNode, parse, ValueNode, visit } from 'graphql';
import { FieldProblem } from '../errors';

/** A NUL (PostgreSQL text cannot hold it) or a UTF-16 half without its other half (no valid UTF-8 exists for it). */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const problem = (field: string): FieldProblem => ({
  field,
  message: 'contains a NUL character or a broken Unicode surrogate, which no text in Concord may hold',
});

/** Every string in the variables that no column could store, by its path (`input.changes[0].entry.heading`). */
export function unsafeVariables(variables: Record<string, unknown> | undefined): FieldProblem[] {
  const found: FieldProblem[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (UNSAFE.test(value)) found.push(problem(path));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        // A key is a string too: an input object's field name that could never match is still refused by name.
        if (UNSAFE.test(key)) found.push(problem(path));
        walk(item, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(variables ?? {}, '');
  return found;
}

/** The same for string literals written into the operation, by argument path (`release.version`). */
export function unsafeLiterals(operation: OperationDefinitionNode): FieldProblem[] {
  const found: FieldProblem[] = [];
  const fields: string[] = [];
  const walkValue = (value: ValueNode, path: string) => {
    if (value.kind === 'StringValue' && UNSAFE.test(value.value)) found.push(problem(path));
    if (value.kind === 'ListValue') value.values.forEach((item, index) => walkValue(item, `${path}[${index}]`));
    if (value.kind === 'ObjectValue') value.fields.forEach((field) => walkValue(field.value, `${path}.${field.name.value}`));
  };
  visit(operation, {
    Field: { enter: (node) => void fields.push(node.alias?.value ?? node.name.value), leave: () => void fields.pop() },
    Argument: (node: ArgumentNode) => walkValue(node.value, [...fields, node.name.value].join('.')),
  });
  return found;
}

/**
 * The same screen for an operation that arrives as text (a subscription over graphql-ws, which no Apollo plugin
 * sees). A document that does not parse is left to graphql-ws, which reports it as it does any other.
 */
export function unsafeStringsOf(query: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): FieldProblem[] {
  let operation: OperationDefinitionNode | null = null;
  try {
    operation = getOperationAST(parse(query), operationName ?? undefined) ?? null;
  } catch {
    operation = null;
  }
  return [...unsafeVariables(variables ?? undefined), ...(operation ? unsafeLiterals(operation) : [])];
}
