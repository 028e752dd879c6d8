import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLSchema } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { CompiledExecution } from './compiled-execution';

// The real compiler, counted.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

const SDL = `
  type Query { items(first: Int): [Item!]! failing: Item }
  type Item { id: ID! name: String! tags: [String!]! }
  input NewItem { name: String! tags: [String!]! = [] }
  type Mutation { add(input: NewItem!): Item! }
`;

function schemaWithResolvers(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const items = [
    { id: '1', name: 'one', tags: ['a'] },
    { id: '2', name: 'two', tags: [] },
  ];
  const query = schema.getQueryType()!.getFields();
  query['items'].resolve = (_, { first }: { first?: number }) => items.slice(0, first ?? items.length);
  query['failing'].resolve = () => {
    throw new Error('No such item');
  };
  schema.getMutationType()!.getFields()['add'].resolve = (_, { input }: { input: { name: string; tags: string[] } }) => ({ id: '3', ...input });
  return schema;
}

describe('CompiledExecution: Apollo executing through graphql-jit', () => {
  let server: ApolloServer;
  const compile = compileQuery as jest.MockedFunction<typeof compileQuery>;

  beforeAll(async () => {
    const execution = new CompiledExecution();
    execution.useSchema(schemaWithResolvers());
    server = new ApolloServer({ gateway: execution });
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => compile.mockClear());

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it('answers a query the same interpreted and compiled, compiling it on its second execution only', async () => {
    const query = 'query ($first: Int) { items(first: $first) { id name tags } }';
    const once = await run(query, { first: 1 });
    expect(compile).not.toHaveBeenCalled();
    const twice = await run(query, { first: 1 });
    const thrice = await run(query, { first: 2 });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(once).toEqual({ data: { items: [{ id: '1', name: 'one', tags: ['a'] }] } });
    expect(twice).toEqual(once);
    expect(thrice.data).toEqual({ items: [{ id: '1', name: 'one', tags: ['a'] }, { id: '2', name: 'two', tags: [] }] });
  });

  it('reports a resolver error with the same message and path either way', async () => {
    const query = '{ failing { id } }';
    const interpreted = await run(query);
    const compiled = await run(query);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(interpreted.data).toEqual({ failing: null });
    expect(compiled.data).toEqual(interpreted.data);
    expect(interpreted.errors).toEqual([{ message: 'No such item', locations: [{ line: 1, column: 3 }], path: ['failing'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(compiled.errors).toEqual(interpreted.errors);
  });

  it('leaves mutations and input-object variables to graphql-js, which applies input fields’ defaults', async () => {
    const mutation = 'mutation ($input: NewItem!) { add(input: $input) { id name tags } }';
    for (let repeat = 0; repeat < 3; repeat++) {
      expect(await run(mutation, { input: { name: 'three' } })).toEqual({ data: { add: { id: '3', name: 'three', tags: [] } } });
    }
    expect(compile).not.toHaveBeenCalled();
  });
});
