/**
 * A reader that stops early (`plan-check … | head`) closes the pipe: further output to it is
 * dropped quietly and the run ends with its own exit code, files given with -o still written.
 * Any other failure of the standard streams ends the run with exit 2 and one line, never a trace.
 */
export function tolerateClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
      if (stream !== process.stderr) process.stderr.write(`plan-check: ${err.message}\n`);
      process.exit(2);
    });
  }
}
