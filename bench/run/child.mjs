// One Tessera run in a fresh process (cold JIT, its own peak RSS), reported as JSON on stdout:
//
//   node bench/run/child.mjs KERNEL.elf fast|traced SCALE
//
// The guest's stdout is captured (not printed); execute()'s wallMs covers loading the ELF,
// building the process stack and running, not node's start-up or module loading.

import { readFileSync } from 'node:fs';
import { execute } from '../../vm-core/dist/machine/execute.js';

const [file, mode, scale] = process.argv.slice(2);
const elf = new Uint8Array(readFileSync(file));
const chunks = [];
const io = { readStdin: () => new Uint8Array(0), writeStdout: (b) => chunks.push(Buffer.from(b)), writeStderr: (b) => chunks.push(Buffer.from(b)) };
const cpu0 = process.cpuUsage();
const r = execute(elf, { io, mode, args: [scale], programName: file, timeoutMs: 600_000 });
const cpu = process.cpuUsage(cpu0);
const t = r.trace;
process.stdout.write(JSON.stringify({
  mode,
  scale: Number(scale),
  status: r.status,
  exitCode: r.exitCode,
  fault: r.fault?.message,
  stdout: Buffer.concat(chunks).toString('latin1'),
  instret: r.instret,
  chipRows: r.chipRows,
  segments: r.segments.length,
  wallMs: r.wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  maxRssKb: process.resourceUsage().maxRSS,
  trace: t && { rows: t.rowCount, records: t.recordCount, bytes: t.byteLength },
}));
