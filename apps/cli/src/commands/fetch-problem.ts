/** Why a network call of the CLI was refused: the `<CODE>` of its `REFUSED (<CODE>): …` line (see safe-fetch.ts). */
export enum FetchProblem {
  /** The server's name does not resolve. */
  HOST_NOT_FOUND = 'HOST_NOT_FOUND',
  /** Nothing listens on the server's port. */
  CONNECTION_REFUSED = 'CONNECTION_REFUSED',
  /** The network cannot reach the server's address at all. */
  UNREACHABLE = 'UNREACHABLE',
  /** The connection was reset, or closed before an answer whose length was not announced had ended. */
  CONNECTION_RESET = 'CONNECTION_RESET',
  /** The TLS handshake failed: a certificate not trusted or not for this name, or a server that does not speak TLS. */
  TLS_FAILED = 'TLS_FAILED',
  /** Resolving, connecting and the TLS handshake together took longer than the timeout. */
  CONNECT_TIMEOUT = 'CONNECT_TIMEOUT',
  /** Connected, but no byte came for longer than the timeout. */
  READ_TIMEOUT = 'READ_TIMEOUT',
  /** Bytes kept coming, too slowly: the whole answer took longer than the deadline. */
  DEADLINE_EXCEEDED = 'DEADLINE_EXCEEDED',
  /** The answer announced, or sent, more bytes than the limit. */
  TOO_LARGE = 'TOO_LARGE',
  /** The connection ended before the number of bytes its Content-Length announced. */
  TRUNCATED = 'TRUNCATED',
  /** The server answered with a status other than 2xx. */
  HTTP_STATUS = 'HTTP_STATUS',
  /** What came back is not HTTP, or not the JSON a GraphQL answer is. */
  BAD_RESPONSE = 'BAD_RESPONSE',
  /** Any other network failure, named by its system error code. */
  NETWORK_ERROR = 'NETWORK_ERROR',
}
