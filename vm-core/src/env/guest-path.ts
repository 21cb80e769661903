// Guest paths: the guest sees the file-system root as `/` and as its current directory, so
// absolute and relative paths name the same files, and `..` may not climb above the root.

/** A guest path as `a/b/c` below the root ('' for the root itself); undefined when `..` would leave the root. */
export function normalizeGuestPath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
