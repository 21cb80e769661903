// `tessera` command dispatcher: one file per command under cli/.

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  io.stderr.write(`tessera: unknown command '${argv[0] ?? ''}'\n`);
  return 2;
}
