// The language server: a session per connection (host/session.ts) and the list of short handlers
// that answer its messages (host/handlers.ts).

import { Connection, createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { HANDLERS } from './host/handlers';
import { ServerOptions, Session } from './host/session';

export type { ServerOptions };

/** Serves reports over `connection`; returns it listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): Connection {
  const session = new Session(connection, options);
  for (const handler of HANDLERS) handler(session);
  session.listen();
  return connection;
}

/** Starts the server on the transport named on the command line: `--stdio`, `--node-ipc` or `--socket=N`. */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}

if (require.main === module) main();
