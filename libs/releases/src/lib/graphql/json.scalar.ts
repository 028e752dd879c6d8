import { GraphQLScalarType, Kind, ValueNode } from 'graphql';

/** Arbitrary JSON (an entry or a definition as released), for fields whose shape is the list format's, not the schema's. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value: here, an entry or a definition in Concord\'s list format (concord-list/1).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function literal(node: ValueNode): unknown {
    switch (node.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return node.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.OBJECT:
        return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]));
      case Kind.LIST:
        return node.values.map(literal);
      default:
        return null;
    }
  },
});
