import { FragmentDefinitionNode, OperationDefinitionNode, parse } from 'graphql';
import { queryCost } from './query-cost';

const costOf = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition) => definition.kind === 'FragmentDefinition').map((definition) => [(definition as FragmentDefinitionNode).name.value, definition]),
  ) as Record<string, FragmentDefinitionNode>;
  return queryCost(operation, fragments, variables);
};

describe('queryCost', () => {
  it('counts each field once and what a page selects once per item', () => {
    expect(costOf('{ a b }')).toBe(2);
    expect(costOf('{ list(first: 10) { edges { node { x y } } } }')).toBe(1 + 10 * (1 + 1 + 2));
  });

  it('reads page sizes from variables as from literals, and takes the default page when none is given', () => {
    expect(costOf('query ($n: Int) { list(first: $n) { x } }', { n: 500 })).toBe(costOf('{ list(first: 500) { x } }'));
    expect(costOf('{ list(first: 50) { x } }')).toBe(costOf('query ($n: Int) { list(first: $n) { x } }', {}));
  });

  it('multiplies nested pages and counts fragments where they are spread', () => {
    expect(costOf('{ outer(first: 10) { inner(first: 20) { x } } }')).toBe(1 + 10 * (1 + 20));
    expect(costOf('{ list(first: 10) { ...F } } fragment F on T { x y }')).toBe(costOf('{ list(first: 10) { x y } }'));
    expect(costOf('{ __schema { types { name } } a }')).toBe(1);
  });
});
