// The protocol tests run the server as users do — `node server/bin/tessera-lsp.js --stdio`, which
// loads server/dist — so the server is rebuilt first when its sources changed (test/support/build.ts).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt, ROOT } from '../../support/build.js';

export { ROOT };
/** The server under test; TESSERA_LSP_BIN points the tests at another build (e.g. the bundled one). */
export const SERVER_BIN = process.env.TESSERA_LSP_BIN ? resolve(process.env.TESSERA_LSP_BIN) : join(ROOT, 'server/bin/tessera-lsp.js');

/** Builds the server when its build is missing or older than its sources; throws tsc's output. */
export function ensureServerBuilt(): void {
  if (!existsSync(SERVER_BIN)) throw new Error(`${SERVER_BIN} does not exist: the server has no entry point yet`);
  if (process.env.TESSERA_LSP_BIN) return;
  ensureBuilt('server');
}
