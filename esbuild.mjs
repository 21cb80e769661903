// Bundles what ships. Always: the `tessera` CLI as one file, so it starts without resolving
// chevrotain's many modules, and the example extension. With --extension: the VS Code
// extension's bundles in dist/ (what the .vsix holds): the client (CommonJS, `vscode` external,
// the debug adapter inline), the language server, and the CLI that Run File and Show Trace run.
// --production minifies and leaves out source maps (no source in the .vsix).
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const extension = process.argv.includes('--extension');

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

// The standalone language server (`tessera-lsp`) as one file: a bundle starts with about a third
// less memory than the tsc output, which loads chevrotain's and lodash's many modules.
await build({
  stdin: { contents: "import { main } from './server/src/main.ts';\nmain();\n", resolveDir: '.', sourcefile: 'tessera-lsp-entry.ts', loader: 'ts' },
  alias: { '@tessera/vm-core': './vm-core/src/index.ts' },
  outfile: 'server/dist/tessera-lsp.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
});

if (extension) {
  // Workspace packages from their TypeScript sources, so bundling needs no prior tsc build.
  const alias = {
    '@tessera/vm-core': './vm-core/src/index.ts',
    '@tessera/server': './server/src/index.ts',
    '@tessera/debug-adapter': './debug-adapter/src/index.ts',
  };
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    alias,
    sourcemap: !production,
    minify: production,
    // Source maps, when there are any, stay outside the .vsix (see .vscodeignore).
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
  };
  await Promise.all([
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode'] }),
    build({
      ...common,
      stdin: { contents: "import { main } from './server/src/main.ts';\nmain();\n", resolveDir: '.', sourcefile: 'server-entry.ts', loader: 'ts' },
      outfile: 'dist/server.cjs',
      format: 'cjs',
    }),
    build({
      ...common,
      stdin: {
        contents: "import { run } from './vm-core/src/cli/main.ts';\nprocess.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });\n",
        resolveDir: '.',
        sourcefile: 'cli-entry.ts',
        loader: 'ts',
      },
      outfile: 'dist/tessera.mjs',
      format: 'esm',
    }),
  ]);
}
