import type { Server } from 'node:http';
import request from 'supertest';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; [key: string]: unknown } }[];
  headers: Record<string, string>;
}

export interface Credentials {
  token?: string;
  apiKey?: string;
}

/** Talks to the app over real HTTP, as a client would. */
export class GraphQLClient {
  constructor(
    private readonly server: Server,
    private readonly credentials: Credentials = {},
  ) {}

  as(credentials: Credentials): GraphQLClient {
    return new GraphQLClient(this.server, credentials);
  }

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    let call = request(this.server).post('/graphql').set('content-type', 'application/json');
    if (this.credentials.token) call = call.set('authorization', `Bearer ${this.credentials.token}`);
    if (this.credentials.apiKey) call = call.set('authorization', `ApiKey ${this.credentials.apiKey}`);
    const response = await call.send({ query, variables });
    return { status: response.status, data: response.body?.data, errors: response.body?.errors, headers: response.headers };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }
}

/** The code and reason of the first error, for `expect(errorOf(r)).toEqual({ code, reason })`. */
export function errorOf(response: GraphQLResponse): { code?: string; reason?: string } | undefined {
  const error = response.errors?.[0];
  return error && { code: error.extensions?.code, reason: error.extensions?.reason };
}
