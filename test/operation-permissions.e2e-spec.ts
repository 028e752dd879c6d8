import { ModulesContainer, Reflector } from '@nestjs/core';
import { DiscoveryService } from '@nestjs/core/discovery';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Actor, can, DURING_ENROLMENT_KEY, Permission, PERMISSION_KEY, PUBLIC_KEY, Role } from '@concord/auth';
import { startTestApp, TestApp } from './support/test-app';

// Nest GraphQL's own metadata keys (graphql.constants): which root type a resolver method serves, and under what name.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;

/**
 * Who may do what, as the resolvers declare it, in one committed snapshot: a changed permission shows up in review
 * as a changed line, and an operation that declares nothing (closed by the guard, but surely a mistake) fails here.
 */
describe('operation permissions', () => {
  let t: TestApp;
  let declared: Map<string, string | undefined>;
  let schemaFields: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const reflector = t.app.get(Reflector, { strict: false });
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    declared = new Map();
    for (const { instance, metatype } of discovery.getProviders()) {
      if (!instance || !metatype || typeof metatype !== 'function') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = Object.getOwnPropertyDescriptor(prototype, key)?.value as ((...args: unknown[]) => unknown) | undefined;
        if (typeof handler !== 'function') continue;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (!rootType || !ROOT_TYPES.includes(rootType as never)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? key;
        // Read as the AuthorizationGuard reads it: the method's declaration, else its class's.
        const targets = [handler, metatype];
        const permission = reflector.getAllAndOverride<string>(PERMISSION_KEY, targets);
        const open = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
        const duringEnrolment = reflector.getAllAndOverride<boolean>(DURING_ENROLMENT_KEY, targets);
        const declaration = open ? 'PUBLIC' : permission;
        declared.set(`${rootType}.${name}`, declaration && duringEnrolment ? `${declaration} (also during enrolment)` : declaration);
      }
    }
    const schema = t.app.get(GraphQLSchemaHost).schema;
    schemaFields = ROOT_TYPES.flatMap((type) => Object.keys(schema.getType(type) ? (schema.getType(type) as { getFields(): object }).getFields() : {}).map((field) => `${type}.${field}`));
  });

  afterAll(() => t?.close());

  it('finds the resolver of every operation in the schema', () => {
    expect(schemaFields.filter((field) => !declared.has(field))).toEqual([]);
    expect(schemaFields.length).toBeGreaterThan(0);
  });

  it('has a declaration for every operation', () => {
    expect(schemaFields.filter((field) => !declared.get(field))).toEqual([]);
  });

  it('matches the committed snapshot of who may do what', () => {
    expect(Object.fromEntries([...schemaFields].sort().map((field) => [field, declared.get(field)]))).toMatchSnapshot();
  });

  it('matches the committed snapshot of which roles hold each permission', () => {
    const holders = (permission: Permission) =>
      Object.values(Role)
        .filter((role) => can({ kind: 'USER', role } as Actor, permission, { anonymousReleaseReads: false }))
        .join(', ');
    expect(Object.fromEntries(Object.values(Permission).map((permission) => [permission, holders(permission)]))).toMatchSnapshot();
  });
});
