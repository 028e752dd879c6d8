import { buildSchema, graphql, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { withPlainPropertyFields } from './property-fields';

const SDL = `
  type Query { item: Item! }
  type Item { id: ID! title: String! label: String! colour: String! count: Int! }
`;

/** Nest's property reader, as @nestjs/graphql builds one per field: the property, else the field's default. */
function nestReader(property: string, defaultValue?: unknown): GraphQLFieldResolver<any, unknown> {
  const rootFieldResolver = (root: any) => {
    const value = root[property];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

function schema(): GraphQLSchema {
  const built = buildSchema(SDL);
  built.getQueryType()!.getFields()['item'].resolve = () => ({ id: '1', title: 'Title', heading: 'Heading', count: 3 });
  const item = built.getType('Item') as any;
  const fields = item.getFields();
  fields.id.resolve = nestReader('id');
  fields.title.resolve = nestReader('title');
  // `@Field({ name: 'label' }) heading`: the schema name is not the property.
  fields.label.resolve = nestReader('heading');
  // `@Field({ defaultValue: 'blue' }) colour`.
  fields.colour.resolve = nestReader('colour', 'blue');
  // A resolver of Concord's own (a @ResolveField method), which happens to read one property too.
  fields.count.resolve = (root: any) => root.count * 2;
  return built;
}

describe('withPlainPropertyFields', () => {
  it('drops only the Nest readers that do what graphql-js does without a resolver', () => {
    const fields = (withPlainPropertyFields(schema()).getType('Item') as any).getFields();
    expect(fields.id.resolve).toBeUndefined();
    expect(fields.title.resolve).toBeUndefined();
    expect(fields.label.resolve).toBeDefined();
    expect(fields.colour.resolve).toBeDefined();
    expect(fields.count.resolve).toBeDefined();
  });

  it('answers exactly as before', async () => {
    const query = '{ item { id title label colour count } }';
    const before = await graphql({ schema: schema(), source: query });
    const after = await graphql({ schema: withPlainPropertyFields(schema()), source: query });
    expect(before).toEqual({ data: { item: { id: '1', title: 'Title', label: 'Heading', colour: 'blue', count: 6 } } });
    expect(after).toEqual(before);
  });
});
