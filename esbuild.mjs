// Bundles what ships. Today: the `tessera` CLI as one file, so it starts without resolving
// chevrotain's many modules. The extension's client, server and debug adapter join here later.
import { build } from 'esbuild';

const production = process.argv.includes('--production');

await build({
  entryPoints: ['vm-core/src/cli/main.ts'],
  outfile: 'vm-core/dist/tessera.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
});

// The example extension, as a standalone ES module `tessera run --extension` can load.
await build({
  entryPoints: ['examples/extensions/bitcount.ts'],
  outfile: 'examples/extensions/bitcount.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
