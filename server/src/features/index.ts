// Every LSP feature beyond diagnostics: what the server advertises, and the handlers behind it.

import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../server.js';

export function featureCapabilities(): ServerCapabilities {
  return {};
}

export function registerFeatures(_ctx: ServerContext): void {}
