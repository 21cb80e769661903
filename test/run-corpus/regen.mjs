#!/usr/bin/env node
// Regenerates the execution-differential corpus (test/run-corpus) and its qemu references,
// using only the GNU toolchain and qemu: no npm packages, none of Tessera's code.
//
// Usage (from anywhere):
//
//   node test/run-corpus/regen.mjs               rebuild every NAME.c at -O0 and -O2 and write,
//                                                 next to it, NAME.OPT.s, NAME.OPT.elf and
//                                                 NAME.OPT.ref.json
//   node test/run-corpus/regen.mjs sort wc       only these programs
//   node test/run-corpus/regen.mjs --check       rebuild into a temporary folder and compare with
//                                                 the committed references (args, env, stdin,
//                                                 stdout, exit code) and run the committed ELFs
//                                                 again; exit 1 on any difference. Differences in
//                                                 the .s/.elf bytes alone (another gcc version)
//                                                 are reported as notes, not failures.
//
// Per program, for OPT in O0, O2, in a scratch folder (so paths in the output do not depend on
// where the repository is):
//
//   riscv64-unknown-elf-gcc -OPT -march=rv32im -mabi=ilp32 -nostdlib -static -fno-pic NAME.c -o NAME.OPT.elf
//   riscv64-unknown-elf-gcc -OPT -march=rv32im -mabi=ilp32 -nostdlib -static -fno-pic NAME.c -S -o NAME.OPT.s
//   qemu-riscv32 NAME.OPT.elf ARGS < STDIN          (twice: the two runs must agree)
//
// qemu runs in the folder of the ELF, so argv[0] is `NAME.OPT.elf`, with exactly the
// environment the program declares (none by default). Declarations, in the first comment of
// NAME.c:
//
//   run-args: alpha "two words" ""      arguments; double quotes group, \" and \\ escape
//   run-stdin: line one\nline two\n     standard input, with \n \t \\ escapes
//   run-env: NAME=value OTHER=x          environment strings, in the order the guest sees them
//
// or a file NAME.stdin (taken as is). Without either, stdin is empty.
//
// Each program must exit normally (no signal, nothing on stderr), produce UTF-8 text, and
// give the same output twice. Every program is also compiled with -Wall -Wextra
// -fsyntax-only, and a warning fails the build.
//
// NAME.OPT.ref.json holds: the source, the build command and the gcc and qemu versions, the
// program name (argv[0]), args, env, stdin (text), the run command, stdout (text) and the exit
// code. (qemu's wall time is printed, not recorded, so that references stay byte-stable.)

import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
const GCC = 'riscv64-unknown-elf-gcc';
const QEMU = 'qemu-riscv32';
const OPTS = ['O0', 'O2'];
const CFLAGS = ['-march=rv32im', '-mabi=ilp32', '-nostdlib', '-static', '-fno-pic'];
const RUN_TIMEOUT_MS = 10_000;
/** Programs are meant to run in well under this under qemu (a warning, not an error). */
const RUN_BUDGET_MS = 500;

const argv = process.argv.slice(2);
const CHECK = argv.includes('--check');
const only = argv.filter((a) => !a.startsWith('--'));
const unknown = argv.filter((a) => a.startsWith('--') && a !== '--check');
if (unknown.length) {
  console.error(`unknown option ${unknown[0]}\nusage: node test/run-corpus/regen.mjs [--check] [NAME ...]`);
  process.exit(2);
}

let failures = 0;
const notes = [];
const changed = [];

function fail(message) {
  failures++;
  console.error(`FAIL ${message}`);
}

/** The absolute path of a command on PATH (qemu is started with a replaced environment). */
function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  return undefined;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { maxBuffer: 64 << 20, ...opts });
  if (r.error && r.error.code !== 'ETIMEDOUT') throw new Error(`${cmd}: ${r.error.message}`);
  return r;
}

function firstLine(cmd) {
  const r = run(cmd, ['--version']);
  return r.status === 0 ? r.stdout.toString('utf8').split('\n')[0].trim() : undefined;
}

// --- declarations in the source ----------------------------------------------------------------

/** Splits a run-args value: whitespace separates, double quotes group, backslash escapes. */
function splitArgs(text) {
  const out = [];
  let cur = '';
  let inToken = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inToken = true;
    } else if (c === '"') {
      quoted = !quoted;
      inToken = true;
    } else if (!quoted && /\s/.test(c)) {
      if (inToken) out.push(cur);
      cur = '';
      inToken = false;
    } else {
      cur += c;
      inToken = true;
    }
  }
  if (quoted) throw new Error(`unterminated quote in run-args: ${text}`);
  if (inToken) out.push(cur);
  return out;
}

function unescape(text) {
  return text.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c);
}

/** run-args / run-stdin / run-env from the first comment of the source, and NAME.stdin. */
function declarations(name, source) {
  const comment = source.match(/\/\*([\s\S]*?)\*\//)?.[1] ?? '';
  const field = (key) => {
    const m = comment.match(new RegExp(`^[ \\t*]*${key}:[ \\t]?(.*)$`, 'm'));
    return m ? m[1].replace(/\s+$/, '') : undefined;
  };
  const args = splitArgs(field('run-args') ?? '');
  const env = splitArgs(field('run-env') ?? '');
  for (const e of env) if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(e)) throw new Error(`run-env: not NAME=value: ${e}`);
  const stdinFile = join(DIR, `${name}.stdin`);
  const inline = field('run-stdin');
  if (inline !== undefined && existsSync(stdinFile)) throw new Error(`both run-stdin and ${name}.stdin`);
  let stdin = '';
  let stdinFrom = null;
  if (existsSync(stdinFile)) {
    stdin = readFileSync(stdinFile, 'utf8');
    stdinFrom = `${name}.stdin`;
  } else if (inline !== undefined) {
    stdin = unescape(inline);
  }
  return { args, env, stdin, stdinFrom };
}

function shellQuote(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

// --- build and run -----------------------------------------------------------------------------

const qemuPath = which(QEMU);

function build(name, opt, outDir) {
  const src = `${name}.c`;
  const elf = `${name}.${opt}.elf`;
  const asm = `${name}.${opt}.s`;
  const flags = [`-${opt}`, ...CFLAGS];
  // Compile in a scratch copy so that nothing in the output names the repository's folder.
  const work = join(outDir, 'src');
  const r1 = run(GCC, [...flags, src, '-o', join(outDir, elf)], { cwd: work });
  if (r1.status !== 0) throw new Error(`gcc -${opt} failed:\n${r1.stderr}`);
  const r2 = run(GCC, [...flags, src, '-S', '-o', join(outDir, asm)], { cwd: work });
  if (r2.status !== 0) throw new Error(`gcc -S -${opt} failed:\n${r2.stderr}`);
  return { elf, asm, command: [GCC, ...flags, src, '-o', elf].join(' ') };
}

function lint(name, work) {
  const r = run(GCC, ['-O2', ...CFLAGS, '-Wall', '-Wextra', '-fsyntax-only', `${name}.c`], { cwd: work });
  const text = r.stderr.toString('utf8').trim();
  if (r.status !== 0 || text) throw new Error(`gcc -Wall -Wextra:\n${text}`);
}

function runQemu(dir, elf, decl) {
  // qemu-user hands the guest its own environment in reverse order (its envlist pushes each
  // variable at the head), so it gets the declared strings reversed.
  const env = {};
  for (const e of [...decl.env].reverse()) {
    const i = e.indexOf('=');
    env[e.slice(0, i)] = e.slice(i + 1);
  }
  const started = process.hrtime.bigint();
  const r = run(qemuPath, [elf, ...decl.args], { cwd: dir, env, input: Buffer.from(decl.stdin, 'utf8'), timeout: RUN_TIMEOUT_MS });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error?.code === 'ETIMEDOUT') throw new Error(`${QEMU} ${elf}: no exit within ${RUN_TIMEOUT_MS} ms`);
  if (r.status === null) throw new Error(`${QEMU} ${elf}: killed by ${r.signal}`);
  const stderr = r.stderr.toString('utf8');
  if (stderr) throw new Error(`${QEMU} ${elf}: wrote to stderr: ${stderr.trim()}`);
  const stdout = r.stdout.toString('utf8');
  if (!Buffer.from(stdout, 'utf8').equals(r.stdout)) throw new Error(`${QEMU} ${elf}: stdout is not UTF-8`);
  // qemu-user exits with status 1 and no output when it cannot load the file; every corpus
  // program prints something.
  if (!stdout) throw new Error(`${QEMU} ${elf}: no output (exit ${r.status})`);
  return { stdout, exitCode: r.status, ms };
}

function reference(name, opt, built, decl, result, versions) {
  const cmd = [QEMU, built.elf, ...decl.args.map(shellQuote)];
  if (decl.stdinFrom) cmd.push('<', decl.stdinFrom);
  else if (decl.stdin) cmd.push('<', '<run-stdin>');
  // As passed to qemu, which reverses them (see runQemu).
  if (decl.env.length) cmd.unshift('env', '-i', ...[...decl.env].reverse().map(shellQuote));
  return {
    comment: 'Generated by test/run-corpus/regen.mjs from GNU gcc and qemu-riscv32; do not edit.',
    source: `${name}.c`,
    opt,
    build: built.command,
    gcc: versions.gcc,
    qemu: versions.qemu,
    programName: built.elf,
    args: decl.args,
    env: decl.env,
    stdin: decl.stdin,
    command: cmd.join(' '),
    stdout: result.stdout,
    exitCode: result.exitCode,
  };
}

const COMPARED = ['programName', 'args', 'env', 'stdin', 'stdout', 'exitCode'];

function firstDifference(a, b) {
  const x = String(a).split('\n');
  const y = String(b).split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: committed ${JSON.stringify(x[i])}, now ${JSON.stringify(y[i])}`;
  }
  return 'same lines';
}

function compareRef(label, committed, fresh) {
  const diffs = [];
  for (const k of COMPARED) {
    if (JSON.stringify(committed[k]) === JSON.stringify(fresh[k])) continue;
    diffs.push(k === 'stdout' ? `stdout differs (${firstDifference(committed.stdout, fresh.stdout)})` : `${k}: committed ${JSON.stringify(committed[k])}, now ${JSON.stringify(fresh[k])}`);
  }
  if (diffs.length) fail(`${label}: ${diffs.join('; ')}`);
  return diffs.length === 0;
}

function main() {
  if (!which(GCC)) throw new Error(`${GCC} is not on PATH`);
  if (!qemuPath) throw new Error(`${QEMU} is not on PATH`);
  const versions = { gcc: firstLine(GCC), qemu: firstLine(qemuPath) };
  const all = readdirSync(DIR).filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();
  const names = only.length ? only.map((n) => n.replace(/\.c$/, '')) : all;
  for (const n of names) if (!all.includes(n)) throw new Error(`no ${n}.c in ${DIR}`);
  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), 'tessera-run-corpus-'));
  try {
    const work = join(tmp, 'src');
    run('mkdir', ['-p', work]);
    for (const f of readdirSync(DIR).filter((f) => f.endsWith('.c') || f.endsWith('.h'))) copyFileSync(join(DIR, f), join(work, f));

    for (const name of names) {
      let decl;
      try {
        decl = declarations(name, readFileSync(join(DIR, `${name}.c`), 'utf8'));
        lint(name, work);
      } catch (e) {
        fail(`${name}.c: ${e.message}`);
        continue;
      }
      for (const opt of OPTS) {
        const label = `${name}.${opt}`;
        try {
          const built = build(name, opt, tmp);
          const first = runQemu(tmp, built.elf, decl);
          const second = runQemu(tmp, built.elf, decl);
          if (first.stdout !== second.stdout || first.exitCode !== second.exitCode) {
            throw new Error(`two runs differ (${firstDifference(first.stdout, second.stdout)}; exit ${first.exitCode} / ${second.exitCode})`);
          }
          if (first.ms > RUN_BUDGET_MS) notes.push(`${label}: qemu took ${Math.round(first.ms)} ms (budget ${RUN_BUDGET_MS} ms)`);
          const ref = reference(name, opt, built, decl, first, versions);
          const refJson = JSON.stringify(ref, null, 2) + '\n';
          const targets = [
            [`${label}.ref.json`, Buffer.from(refJson)],
            [`${label}.s`, readFileSync(join(tmp, built.asm))],
            [`${label}.elf`, readFileSync(join(tmp, built.elf))],
          ];
          if (CHECK) {
            const refPath = join(DIR, `${label}.ref.json`);
            if (!existsSync(refPath)) {
              fail(`${label}: no committed reference`);
              continue;
            }
            const committed = JSON.parse(readFileSync(refPath, 'utf8'));
            const ok = compareRef(`${label} (fresh build)`, committed, ref);
            for (const [file, bytes] of targets.slice(1)) {
              const p = join(DIR, file);
              if (!existsSync(p)) fail(`${file} is missing`);
              else if (!readFileSync(p).equals(bytes)) notes.push(`${file}: differs from this toolchain's build (${versions.gcc})`);
            }
            // The committed ELF must still behave as its reference says.
            const elfPath = join(DIR, `${label}.elf`);
            if (existsSync(elfPath)) {
              copyFileSync(elfPath, join(tmp, built.elf));
              chmodSync(join(tmp, built.elf), 0o755); // qemu-user refuses files without x permission
              const again = runQemu(tmp, built.elf, decl);
              const okElf = compareRef(`${label} (committed ELF)`, committed, { ...committed, stdout: again.stdout, exitCode: again.exitCode });
              console.log(`${ok && okElf ? 'ok  ' : 'DIFF'} ${label.padEnd(16)} exit ${String(ref.exitCode).padStart(3)}  ${String(ref.stdout.split('\n').length - 1).padStart(3)} lines  ${String(Math.round(first.ms)).padStart(4)} ms`);
            }
          } else {
            for (const [file, bytes] of targets) {
              const p = join(DIR, file);
              const exec = file.endsWith('.elf');
              if (existsSync(p) && readFileSync(p).equals(bytes)) {
                if (exec) chmodSync(p, 0o755);
                continue;
              }
              writeFileSync(p, bytes);
              if (exec) chmodSync(p, 0o755);
              changed.push(file);
            }
            console.log(`ok   ${label.padEnd(16)} exit ${String(ref.exitCode).padStart(3)}  ${String(ref.stdout.split('\n').length - 1).padStart(3)} lines  ${String(Math.round(first.ms)).padStart(4)} ms`);
          }
        } catch (e) {
          fail(`${label}: ${e.message}`);
        }
      }
    }

    // Generated files whose source is gone.
    if (!only.length) {
      for (const f of readdirSync(DIR)) {
        const m = f.match(/^(.+)\.(O0|O2)\.(s|elf|ref\.json)$/);
        if (!m || all.includes(m[1])) continue;
        if (CHECK) fail(`${f}: stale (no ${m[1]}.c)`);
        else {
          rmSync(join(DIR, f));
          changed.push(`${f} (removed)`);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const n of notes) console.log(`note ${n}`);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (CHECK) console.log(failures ? `${failures} difference(s)` : `run corpus up to date (${names.length} programs × ${OPTS.length}, ${secs}s)`);
  else console.log(`${names.length} programs × ${OPTS.length}: ${changed.length} files written, ${failures} failures (${secs}s)`);
  process.exit(failures ? 1 : 0);
}

try {
  main();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
