import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { QUIET_BACKGROUND } from './support/sql-count';
import { startTestApp, TestApp } from './support/test-app';

// graphql-jit reads a field without a resolver inline; one with a resolver costs a deferred call, a resolve info and a
// response path per value. The pull's leaves must be the former, its relations the latter: should a Nest upgrade
// rename its property reader, withPlainPropertyFields would silently stop, and this says so.
describe('The served schema: fields that only read their property have no resolver', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(QUIET_BACKGROUND);
  });
  afterAll(() => t.close());

  const field = (type: string, name: string) => (t.app.get(GraphQLSchemaHost).schema.getType(type) as GraphQLObjectType).getFields()[name];

  it('reads the pull’s leaves inline and keeps the resolvers of its relations', () => {
    for (const [type, name] of [
      ['Paragraph', 'path'],
      ['Paragraph', 'kind'],
      ['Paragraph', 'text'],
      ['Entry', 'code'],
      ['Entry', 'heading'],
      ['Entry', 'reasons'],
      ['EntryEdge', 'node'],
      ['Release', 'version'],
    ]) {
      expect({ type, name, resolve: field(type, name).resolve }).toEqual({ type, name, resolve: undefined });
    }
    for (const [type, name] of [
      ['Entry', 'paragraphs'],
      ['Release', 'entries'],
      ['Release', 'entryCount'],
      ['Query', 'release'],
    ]) {
      expect(field(type, name).resolve).toEqual(expect.any(Function));
    }
  });
});
