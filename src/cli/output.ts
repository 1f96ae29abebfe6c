/**
 * The commands' output may go to a pipe whose reader stops early (`npm run sim … | head`) or to a
 * full disk. Node then raises the write's error on the stream, which nothing listens for, and
 * dies with a stack trace. Each command calls `guardOutput` first: a closed pipe ends it quietly
 * with exit code 0 (the reader has what it wanted), any other failure with one line on stderr
 * (if stderr still works) and exit code 1.
 */

export function guardOutput(command: string): void {
  const onError = (which: 'stdout' | 'stderr') => (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    if (which === 'stdout') {
      try {
        process.stderr.write(`${command}: cannot write the output: ${reason(err)}\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left to say it.
      }
    }
    process.exit(1);
  };
  process.stdout.on('error', onError('stdout'));
  process.stderr.on('error', onError('stderr'));
}

function reason(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EBADF':
      return 'the output is closed (EBADF)';
    default:
      return err.code ? `write failed (${err.code})` : 'write failed';
  }
}
