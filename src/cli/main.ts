// The `secret-hygiene` bin: wires run() to the process and nothing else.
import { run } from './run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
  isTTY: process.stdout.isTTY === true,
  // Rewrites one stderr line in place (carriage return, erase line).
  progress: process.stderr.isTTY ? (status) => process.stderr.write(`\r\x1b[K${status ?? ''}`) : undefined,
  env: process.env,
  // The bundle is one file, so __filename is the script the hook should run again.
  self: { node: process.execPath, script: __filename },
}).then((code) => {
  process.exitCode = code;
});
