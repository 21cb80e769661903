#!/usr/bin/env node
// Regenerates the differential-test corpus and its references, using only the GNU toolchain.
//
// Usage (from the repository root):
//
//   node test/corpus/regen.mjs                 regenerate everything:
//                                                1. c/NAME.O0.s and c/NAME.O2.s from every c/NAME.c (gcc -S)
//                                                2. forms/forms.s (forms/gen-forms.mjs)
//                                                3. NAME.ref.json next to every corpus NAME.s
//   node test/corpus/regen.mjs hand/data.s ... only the references of the named .s files
//                                              (paths relative to test/corpus or to the cwd)
//   node test/corpus/regen.mjs --check         regenerate in memory and compare with the
//                                              committed files; exit 1 if anything differs
//
// Needs riscv64-unknown-elf-{gcc,readelf,objcopy} and qemu-riscv32 on PATH; no npm packages,
// and none of Tessera's own code: the references must come from the oracle alone.
//
// Reference build of each NAME.s, run in the folder of NAME.s (so that `.include "inc/x.inc"`
// resolves as GNU as resolves it, against the current directory):
//
//   riscv64-unknown-elf-gcc -march=rv32im -mabi=ilp32 -nostdlib -Wl,--no-relax NAME.s -o NAME.elf
//
// and, if that fails to assemble (CSR instructions, fence.i), with -march=rv32im_zicsr_zifencei.
// C programs are compiled, in c/, with
//
//   riscv64-unknown-elf-gcc -S -O0|-O2 -march=rv32im -mabi=ilp32 -fno-pic NAME.c -o NAME.O0|O2.s
//
// NAME.ref.json holds: the build command and -march used; the ELF entry point; every
// allocated section (name, address, size, type, flags, alignment, bytes as hex lines of 32
// bytes) from `readelf -SW` and `objcopy -O binary --only-section`; the symbol table from
// `readelf -sW` (without the null, FILE and SECTION entries; FILE names are temporary file
// names when the source has no .file); and, unless the source contains the line
// `# tessera-corpus: no-run`, the stdout and exit code of `qemu-riscv32 NAME.elf` when it
// exits normally within 10 seconds.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = dirname(fileURLToPath(import.meta.url));
const GCC = 'riscv64-unknown-elf-gcc';
const READELF = 'riscv64-unknown-elf-readelf';
const OBJCOPY = 'riscv64-unknown-elf-objcopy';
const QEMU = 'qemu-riscv32';
const MARCHES = ['rv32im', 'rv32im_zicsr_zifencei'];
const RUN_TIMEOUT_MS = 10_000;
const HEX_LINE_BYTES = 32;

const SHT = { NULL: 0, PROGBITS: 1, SYMTAB: 2, STRTAB: 3, RELA: 4, HASH: 5, DYNAMIC: 6, NOTE: 7, NOBITS: 8, REL: 9, DYNSYM: 11, INIT_ARRAY: 14, FINI_ARRAY: 15, PREINIT_ARRAY: 16, GROUP: 17, RISCV_ATTRIBUTES: 0x70000003 };
const SHF = { W: 0x1, A: 0x2, X: 0x4, M: 0x10, S: 0x20, I: 0x40, L: 0x80, O: 0x100, G: 0x200, T: 0x400, C: 0x800, E: 0x80000000 };

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));
const tmp = mkdtempSync(join(tmpdir(), 'tessera-regen-'));
let failures = 0;
const changed = [];

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { maxBuffer: 64 << 20, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return r;
}

function text(buf) {
  return buf ? buf.toString('utf8') : '';
}

/** Write (or, with --check, compare) a generated file. */
function emit(path, content) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (old === content) return;
  changed.push(relative(CORPUS, path));
  if (!CHECK) writeFileSync(path, content);
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

// --- 1. C programs → assembly ------------------------------------------------------------------

function regenC() {
  const cdir = join(CORPUS, 'c');
  for (const file of readdirSync(cdir).filter((f) => f.endsWith('.c')).sort()) {
    const stem = file.slice(0, -2);
    for (const opt of ['O0', 'O2']) {
      const out = join(tmp, `${stem}.${opt}.s`);
      const r = run(GCC, ['-S', `-${opt}`, '-march=rv32im', '-mabi=ilp32', '-fno-pic', file, '-o', out], { cwd: cdir });
      if (r.status !== 0) {
        console.error(`FAIL c/${file} -${opt}:\n${text(r.stderr)}`);
        failures++;
        continue;
      }
      emit(join(cdir, `${stem}.${opt}.s`), readFileSync(out, 'utf8'));
    }
  }
}

// --- 2. forms ----------------------------------------------------------------------------------

function regenForms() {
  const gen = join(CORPUS, 'forms', 'gen-forms.mjs');
  if (CHECK) {
    // Generate into a scratch copy of the folder and compare.
    const scratch = join(tmp, 'forms');
    run('mkdir', ['-p', scratch]);
    copyFileSync(gen, join(scratch, 'gen-forms.mjs'));
    const r = run(process.execPath, [join(scratch, 'gen-forms.mjs')]);
    if (r.status !== 0) {
      console.error(`FAIL forms/gen-forms.mjs:\n${text(r.stderr)}`);
      failures++;
      return;
    }
    for (const f of ['forms.s', 'rejected.txt']) emit(join(CORPUS, 'forms', f), readFileSync(join(scratch, f), 'utf8'));
    return;
  }
  const r = run(process.execPath, [gen], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error('FAIL forms/gen-forms.mjs');
    failures++;
  }
}

// --- 3. references -----------------------------------------------------------------------------

function build(src) {
  const cwd = dirname(src);
  const name = basename(src);
  const elf = join(tmp, `${name.replace(/\.s$/, '')}.elf`);
  let last = '';
  for (const march of MARCHES) {
    const argv = [`-march=${march}`, '-mabi=ilp32', '-nostdlib', '-Wl,--no-relax', name, '-o', elf];
    const r = run(GCC, argv, { cwd });
    if (r.status === 0) {
      const shown = [...argv.slice(0, -1), `${name.replace(/\.s$/, '')}.elf`];
      return { elf, march, command: [GCC, ...shown].join(' '), warnings: text(r.stderr) };
    }
    last = text(r.stderr);
  }
  throw new Error(`GNU build failed:\n${last}`);
}

function readEntry(elf) {
  const out = text(run(READELF, ['-hW', elf]).stdout);
  const m = out.match(/Entry point address:\s+0x([0-9a-f]+)/);
  if (!m) throw new Error('no entry point in readelf -h output');
  return parseInt(m[1], 16);
}

function readSections(elf) {
  const out = text(run(READELF, ['-SW', elf]).stdout);
  const sections = [];
  const re = /^\s*\[\s*(\d+)\]\s+(\S*)\s+(\S+)\s+([0-9a-f]{8})\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([A-Za-z]*)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/;
  for (const line of out.split('\n')) {
    const m = line.match(re);
    if (!m) continue;
    const [, index, name, typeName, addr, , size, entsize, flagLetters, , , align] = m;
    const type = SHT[typeName];
    if (type === undefined) throw new Error(`unknown section type ${typeName}`);
    let flags = 0;
    for (const c of flagLetters) {
      if (!(c in SHF)) throw new Error(`unknown section flag ${c}`);
      flags = (flags | SHF[c]) >>> 0;
    }
    sections.push({
      index: Number(index),
      name,
      type,
      typeName,
      flags,
      flagLetters,
      addr: parseInt(addr, 16),
      size: parseInt(size, 16),
      align: Number(align),
      entsize: parseInt(entsize, 16),
    });
  }
  if (!sections.length) throw new Error('no sections in readelf -S output');
  return sections;
}

function sectionBytes(elf, section) {
  if (section.type === SHT.NOBITS || section.size === 0) return Buffer.alloc(0);
  const bin = join(tmp, 'section.bin');
  rmSync(bin, { force: true });
  const r = run(OBJCOPY, ['-O', 'binary', `--only-section=${section.name}`, elf, bin]);
  if (r.status !== 0) throw new Error(`objcopy ${section.name}: ${text(r.stderr)}`);
  const bytes = readFileSync(bin);
  if (bytes.length !== section.size) throw new Error(`objcopy ${section.name}: ${bytes.length} bytes, readelf says ${section.size}`);
  return bytes;
}

function hexLines(bytes) {
  const lines = [];
  for (let i = 0; i < bytes.length; i += HEX_LINE_BYTES) lines.push(bytes.subarray(i, i + HEX_LINE_BYTES).toString('hex'));
  return lines;
}

function readSymbols(elf, sections) {
  const byIndex = new Map(sections.map((s) => [s.index, s.name]));
  const out = text(run(READELF, ['-sW', elf]).stdout);
  const symbols = [];
  const re = /^\s*(\d+):\s+([0-9a-f]{8})\s+(0x[0-9a-f]+|\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s?(.*)$/;
  let inSymtab = false;
  for (const line of out.split('\n')) {
    if (/^Symbol table '/.test(line)) inSymtab = line.includes("'.symtab'");
    if (!inSymtab) continue;
    const m = line.match(re);
    if (!m) continue;
    const [, num, value, size, type, bind, vis, ndx, name] = m;
    if (num === '0' || type === 'FILE' || type === 'SECTION') continue;
    let section;
    if (ndx === 'ABS') section = null;
    else if (ndx === 'UND') section = '*UND*';
    else if (ndx === 'COM') section = '*COM*';
    else section = byIndex.get(Number(ndx)) ?? `#${ndx}`;
    symbols.push({
      name,
      value: parseInt(value, 16),
      size: size.startsWith('0x') ? parseInt(size, 16) : Number(size),
      type: type.toLowerCase(),
      binding: bind.toLowerCase(),
      visibility: vis.toLowerCase(),
      section,
    });
  }
  return symbols;
}

function runQemu(elf) {
  const r = spawnSync(QEMU, [elf], { timeout: RUN_TIMEOUT_MS, maxBuffer: 16 << 20 });
  if (r.error && r.error.code !== 'ETIMEDOUT') throw new Error(`${QEMU}: ${r.error.message}`);
  if (r.status === null) return { ran: false, note: r.signal ? `terminated by ${r.signal}` : 'did not exit' };
  const stdout = r.stdout ?? Buffer.alloc(0);
  const ascii = stdout.every((b) => b < 0x80);
  return { ran: true, result: ascii ? { stdout: stdout.toString('latin1'), exitCode: r.status } : { stdoutHex: stdout.toString('hex'), exitCode: r.status } };
}

function reference(src) {
  const source = readFileSync(src, 'utf8');
  const { elf, march, command, warnings } = build(src);
  const sections = readSections(elf);
  const allocated = sections.filter((s) => s.flags & SHF.A);
  const ref = {
    comment: 'Generated by test/corpus/regen.mjs from GNU as + ld; do not edit.',
    source: relative(CORPUS, src).split(sep).join('/'),
    cwd: relative(CORPUS, dirname(src)).split(sep).join('/') || '.',
    command,
    march,
    entry: readEntry(elf),
    sections: allocated.map((s) => ({
      name: s.name,
      addr: s.addr,
      size: s.size,
      type: s.type,
      typeName: s.typeName,
      flags: s.flags,
      flagLetters: s.flagLetters,
      align: s.align,
      entsize: s.entsize,
      bytes: hexLines(sectionBytes(elf, s)),
    })),
    otherSections: sections.filter((s) => !(s.flags & SHF.A) && s.type !== SHT.NULL).map((s) => ({ name: s.name, typeName: s.typeName, size: s.size })),
    symbols: readSymbols(elf, sections),
  };
  if (warnings.trim()) ref.gnuWarnings = warnings.trim().split('\n').map((l) => l.replace(/\/tmp\/\S+/g, '<tmp>'));
  if (/^\s*#\s*tessera-corpus:\s*no-run\b/m.test(source)) {
    ref.run = null;
    ref.runNote = 'not run: the source is marked `# tessera-corpus: no-run`';
  } else {
    const r = runQemu(elf);
    ref.run = r.ran ? r.result : null;
    if (!r.ran) ref.runNote = `not recorded: ${QEMU} ${r.note}`;
  }
  rmSync(elf, { force: true });
  return ref;
}

function refPath(src) {
  return src.replace(/\.s$/, '.ref.json');
}

function main() {
  const started = Date.now();
  let sources;
  if (only.length) {
    sources = only.map((p) => {
      const a = existsSync(resolve(p)) ? resolve(p) : resolve(CORPUS, p);
      if (!existsSync(a) || !a.endsWith('.s')) throw new Error(`not a corpus .s file: ${p}`);
      return a;
    });
  } else {
    regenC();
    regenForms();
    sources = walk(CORPUS).filter((p) => p.endsWith('.s'));
    // References whose source is gone.
    for (const p of walk(CORPUS).filter((q) => q.endsWith('.ref.json'))) {
      if (!existsSync(p.replace(/\.ref\.json$/, '.s'))) {
        changed.push(`${relative(CORPUS, p)} (stale)`);
        if (!CHECK) rmSync(p);
      }
    }
  }
  for (const src of sources) {
    const rel = relative(CORPUS, src);
    try {
      const ref = reference(src);
      emit(refPath(src), JSON.stringify(ref, null, 2) + '\n');
      const run = ref.run ? `exit ${ref.run.exitCode}` : 'not run';
      console.log(`ok   ${rel.padEnd(28)} ${ref.march.padEnd(22)} ${String(ref.sections.length).padStart(2)} sections ${String(ref.symbols.length).padStart(4)} symbols  ${run}`);
    } catch (e) {
      failures++;
      console.error(`FAIL ${rel}: ${e.message}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (CHECK) {
    if (changed.length) console.error(`out of date (${changed.length}):\n  ${changed.join('\n  ')}`);
    else console.log(`corpus up to date (${sources.length} programs, ${secs}s)`);
  } else {
    console.log(`${sources.length} programs, ${changed.length} files updated, ${failures} failures (${secs}s)`);
  }
  process.exit(failures || (CHECK && changed.length) ? 1 : 0);
}

try {
  main();
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(e.message);
  process.exit(1);
}
