import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts `listener` in front of the server's request listeners (Express, once Nest has mounted it): it answers what it
 * can and hands the rest on, now or once it has read what it needed, with `passOn`.
 */
export function listenAheadOfTheApp(server: Server, listener: (req: IncomingMessage, res: ServerResponse, passOn: RequestListener) => void): void {
  const app = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const passOn: RequestListener = (req, res) => {
    for (const appListener of app) appListener.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => listener(req, res, passOn));
}
