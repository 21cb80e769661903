// The CLI's HostIO: files confined to --fs-root, and the process streams read and written synchronously.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RootedFileSystem, nodeHostIO } from '../../src/cli/host-io.js';
import { ERRNO, LINUX_O, S_IF } from '../../src/env/errno.js';

let tmp: string;
let root: string;
let outside: string;

beforeEach(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-fs-')));
  root = path.join(tmp, 'root');
  outside = path.join(tmp, 'outside');
  fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, 'in.txt'), 'inside');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const text = (b: Uint8Array | number): string => (typeof b === 'number' ? `errno ${b}` : new TextDecoder().decode(b));

describe('RootedFileSystem', () => {
  it('opens, reads, writes, seeks and stats files below the root', () => {
    const rfs = new RootedFileSystem(root);
    const fd = rfs.open('/in.txt', LINUX_O.RDWR, 0);
    expect(fd).toBe(3);
    expect(text(rfs.read(fd, 3))).toBe('ins');
    expect(rfs.lseek(fd, 0, 2)).toBe(6);
    expect(rfs.write(fd, new TextEncoder().encode('!'))).toBe(1);
    expect(rfs.lseek(fd, 0, 0)).toBe(0);
    expect(text(rfs.read(fd, 100))).toBe('inside!');
    const st = rfs.fstat(fd);
    expect(typeof st === 'object' && st.size).toBe(7);
    expect(typeof st === 'object' && st.mode & S_IF.MT).toBe(S_IF.REG);
    expect(rfs.close(fd)).toBe(0);
    expect(rfs.close(fd)).toBe(-ERRNO.EBADF);
  });

  it('creates with O_CREAT, truncates with O_TRUNC, appends with O_APPEND, refuses O_EXCL on an existing file', () => {
    const rfs = new RootedFileSystem(root);
    const enc = (s: string) => new TextEncoder().encode(s);
    const w = rfs.open('sub/new.txt', LINUX_O.WRONLY | LINUX_O.CREAT | LINUX_O.TRUNC, 0o644);
    expect(rfs.write(w, enc('abc'))).toBe(3);
    expect(rfs.read(w, 1)).toBe(-ERRNO.EBADF);
    rfs.close(w);
    const a = rfs.open('sub/new.txt', LINUX_O.WRONLY | LINUX_O.APPEND, 0);
    rfs.lseek(a, 0, 0);
    rfs.write(a, enc('def'));
    rfs.close(a);
    expect(fs.readFileSync(path.join(root, 'sub/new.txt'), 'utf8')).toBe('abcdef');
    expect(rfs.open('sub/new.txt', LINUX_O.WRONLY | LINUX_O.CREAT | LINUX_O.EXCL, 0o644)).toBe(-ERRNO.EEXIST);
    const t = rfs.open('sub/new.txt', LINUX_O.WRONLY | LINUX_O.TRUNC, 0);
    rfs.close(t);
    expect(fs.readFileSync(path.join(root, 'sub/new.txt'), 'utf8')).toBe('');
    const ro = rfs.open('in.txt', LINUX_O.RDONLY, 0);
    expect(rfs.write(ro, enc('x'))).toBe(-ERRNO.EBADF);
  });

  it('reports missing files and folders as -ENOENT, a missing folder for O_CREAT too', () => {
    const rfs = new RootedFileSystem(root);
    expect(rfs.open('nope.txt', LINUX_O.RDONLY, 0)).toBe(-ERRNO.ENOENT);
    expect(rfs.open('nodir/x.txt', LINUX_O.WRONLY | LINUX_O.CREAT, 0o644)).toBe(-ERRNO.ENOENT);
  });

  it('absolute guest paths are below the root: /etc/passwd is root/etc/passwd', () => {
    const rfs = new RootedFileSystem(root);
    expect(rfs.open('/etc/passwd', LINUX_O.RDONLY, 0)).toBe(-ERRNO.ENOENT);
    expect(rfs.resolve('/in.txt', false)).toBe(path.join(root, 'in.txt'));
  });

  it('refuses ../ that climbs out of the root, but allows it inside', () => {
    const rfs = new RootedFileSystem(root);
    expect(rfs.open('../outside/secret.txt', LINUX_O.RDONLY, 0)).toBe(-ERRNO.EACCES);
    expect(rfs.open('/../outside/secret.txt', LINUX_O.RDONLY, 0)).toBe(-ERRNO.EACCES);
    expect(rfs.open('sub/../../outside/secret.txt', LINUX_O.RDONLY, 0)).toBe(-ERRNO.EACCES);
    expect(rfs.open('../x.txt', LINUX_O.WRONLY | LINUX_O.CREAT, 0o644)).toBe(-ERRNO.EACCES);
    expect(fs.existsSync(path.join(tmp, 'x.txt'))).toBe(false);
    expect(rfs.open('sub/../in.txt', LINUX_O.RDONLY, 0)).toBe(3);
  });

  it('refuses symbolic links that lead out of the root, follows those that stay inside', () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link-out'));
    fs.symlinkSync(outside, path.join(root, 'dir-out'));
    fs.symlinkSync('in.txt', path.join(root, 'link-in'));
    fs.symlinkSync(path.join(outside, 'made.txt'), path.join(root, 'dangling-out'));
    const rfs = new RootedFileSystem(root);
    expect(rfs.open('link-out', LINUX_O.RDONLY, 0)).toBe(-ERRNO.EACCES);
    expect(rfs.open('dir-out/secret.txt', LINUX_O.RDONLY, 0)).toBe(-ERRNO.EACCES);
    expect(rfs.open('dir-out/new.txt', LINUX_O.WRONLY | LINUX_O.CREAT, 0o644)).toBe(-ERRNO.EACCES);
    expect(rfs.open('dangling-out', LINUX_O.WRONLY | LINUX_O.CREAT, 0o644)).toBe(-ERRNO.EACCES);
    expect(fs.existsSync(path.join(outside, 'new.txt'))).toBe(false);
    expect(fs.existsSync(path.join(outside, 'made.txt'))).toBe(false);
    const fd = rfs.open('link-in', LINUX_O.RDONLY, 0);
    expect(text(rfs.read(fd, 100))).toBe('inside');
  });

  it('a root that is itself reached through a link still confines', () => {
    const alias = path.join(tmp, 'alias');
    fs.symlinkSync(root, alias);
    const rfs = new RootedFileSystem(alias);
    expect(rfs.root).toBe(root);
    expect(rfs.open('in.txt', LINUX_O.RDONLY, 0)).toBe(3);
    expect(rfs.open('../outside/secret.txt', LINUX_O.RDONLY, 0)).toBe(-ERRNO.EACCES);
  });

  it('closeAll closes what the guest left open; fds are reused lowest first', () => {
    const rfs = new RootedFileSystem(root);
    expect([rfs.open('in.txt', 0, 0), rfs.open('in.txt', 0, 0), rfs.open('in.txt', 0, 0)]).toEqual([3, 4, 5]);
    rfs.close(4);
    expect(rfs.open('in.txt', 0, 0)).toBe(4);
    rfs.closeAll();
    expect(rfs.fstat(3)).toBe(-ERRNO.EBADF);
  });
});

describe('nodeHostIO', () => {
  it('reads stdin synchronously to the end and writes stdout/stderr', () => {
    const inPath = path.join(tmp, 'stdin');
    fs.writeFileSync(inPath, 'line one\nline two\n');
    const inFd = fs.openSync(inPath, 'r');
    const outFd = fs.openSync(path.join(tmp, 'stdout'), 'w');
    const errFd = fs.openSync(path.join(tmp, 'stderr'), 'w');
    try {
      const io = nodeHostIO({ stdinFd: inFd, stdoutFd: outFd, stderrFd: errFd });
      expect(text(io.readStdin(9))).toBe('line one\n');
      expect(text(io.readStdin(100))).toBe('line two\n');
      expect(io.readStdin(100).length).toBe(0);
      io.writeStdout(new TextEncoder().encode('out'));
      io.writeStderr(new TextEncoder().encode('err'));
      expect(io.fs).toBeUndefined();
    } finally {
      for (const fd of [inFd, outFd, errFd]) fs.closeSync(fd);
    }
    expect(fs.readFileSync(path.join(tmp, 'stdout'), 'utf8')).toBe('out');
    expect(fs.readFileSync(path.join(tmp, 'stderr'), 'utf8')).toBe('err');
  });

  it('with fsRoot, offers the rooted file system', () => {
    const io = nodeHostIO({ fsRoot: root });
    expect(io.fs).toBeInstanceOf(RootedFileSystem);
    expect(() => nodeHostIO({ fsRoot: path.join(root, 'in.txt') })).toThrow(/not a directory/);
  });
});
