// vm-core fast mode on a bench kernel for exactly N instructions, in a fresh process (cold JIT as
// the adapter's is): `node bench/dap/fast-child.mjs KERNEL.elf SCALE N` → JSON { instret, wallMs }.
import { readFileSync } from 'node:fs';
import { execute } from '../../vm-core/dist/index.js';

const [file, scale, steps] = process.argv.slice(2);
const io = { readStdin: () => new Uint8Array(0), writeStdout: () => {}, writeStderr: () => {} };
const r = execute(new Uint8Array(readFileSync(file)), { io, args: [scale], programName: file, maxSteps: Number(steps), timeoutMs: 600_000 });
process.stdout.write(JSON.stringify({ instret: r.instret, status: r.status, wallMs: r.wallMs }));
