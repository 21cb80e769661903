#!/usr/bin/env node
// tessera-dap: the Tessera debug adapter over stdio, or TCP with --server=PORT.
import { runStandalone } from '../dist/main.js';

const code = runStandalone({ argv: process.argv.slice(2) });
if (code !== undefined) process.exitCode = code;
