import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { badInput } from './errors';
import { CommonErrorReason } from './common-error-reason';
import { Immutable } from './immutable-field';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  first?: number;

  @Field({ nullable: true, description: 'Opaque cursor: the endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Immutable()
  @Field()
  hasNextPage: boolean;

  @Immutable()
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds `<Name>Connection` and `<Name>Edge` types for a node type (Relay cursor connections). Their fields only
 * project the page the connection's own field returned, so they are marked as immutable as that field is.
 */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Immutable()
    @Field()
    cursor: string;

    @Immutable()
    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Immutable()
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Immutable()
    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Immutable()
    @Field(() => Int, { description: 'Number of nodes matching the filter, across all pages.' })
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/**
 * A timestamptz as text with its full microsecond precision, for keyset cursors: a JavaScript Date keeps only
 * milliseconds, and rows created within one millisecond would be skipped between pages.
 */
export const exactTimestampSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A keyset position, opaque to clients. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return key;
    }
  } catch {
    // falls through to the error below
  }
  throw badInput('The cursor is not one this server issued', CommonErrorReason.INVALID_CURSOR, [{ field: 'after', message: 'unknown cursor' }]);
}

export function pageSize(first: number | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, CommonErrorReason.INVALID_PAGE_SIZE, [
      { field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` },
    ]);
  }
  return first;
}

/**
 * Turns `size + 1` rows fetched in key order into a page: the extra row only tells whether another page exists.
 */
export function toConnection<R, T>(
  rows: R[],
  size: number,
  totalCount: number,
  keyOf: (row: R) => (string | number)[],
  toNode: (row: R) => T,
): Connection<T> {
  const pageRows = rows.slice(0, size);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
