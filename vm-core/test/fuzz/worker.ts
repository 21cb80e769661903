// The fuzz worker: runs inputs through the assembler and checks the results. The test bundles this
// file (with the assembler sources) and forks it as a child process, so that an input that hangs,
// exhausts memory or makes V8 abort (a fatal error cannot be caught in-process) is stopped and
// reported without losing the test process.

import { runInput, type FuzzInput } from './check.js';

let shared = new Map<string, string>();

process.on('message', (msg: { files?: Record<string, string>; id?: number; input?: FuzzInput }) => {
  if (msg.files) {
    shared = new Map(Object.entries(msg.files));
    process.send!({ ready: true });
    return;
  }
  const outcome = runInput(msg.input!, shared);
  process.send!({ id: msg.id, outcome });
});
process.on('disconnect', () => process.exit(0));
