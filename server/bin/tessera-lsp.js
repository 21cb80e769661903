#!/usr/bin/env node
// The Tessera language server: `tessera-lsp --stdio` (any editor), `--node-ipc` (VS Code).
import { main } from '../dist/main.js';

main();
