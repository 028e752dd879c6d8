import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLSchema, isListType, isNonNullType, isObjectType, parse, TypeInfo, validate, visit, visitWithTypeInfo } from 'graphql';

/** The committed contract, as clients see it. */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
}

/** Every field, as `Type.field`, that answers a list or a connection: the fields whose cost could grow with their length. */
export function listFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (isListType(returned) || getNamedType(returned).name.endsWith('Connection')) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields.sort();
}

/** The fields, as `Type.field`, that a document selects; throws when it does not validate against the schema. */
export function selectedFields(schema: GraphQLSchema, query: string): string[] {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`${query}\n${errors.map((error) => error.message).join('\n')}`);
  const typeInfo = new TypeInfo(schema);
  const fields = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) fields.add(`${parent.name}.${field.name}`);
      },
    }),
  );
  return [...fields];
}
