/**
 * The progress bar of a batch (cli-progress), on standard error and only when that is a terminal:
 * piped or redirected runs print nothing but their results and error lines.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  /** An error line, printed above the bar so the two never mix. */
  error(line: string): void;
  stop(): void;
}

export function startProgress(total: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || total < 2) {
    return { tick: () => undefined, error: (line) => process.stderr.write(`${line}\n`), stop: () => undefined };
  }
  const bars = new cliProgress.MultiBar({
    stream: process.stderr,
    format: 'clearleaf [{bar}] {value}/{total} pages · {percentage}% · {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  const bar = bars.create(total, 0);
  return {
    tick: () => bar.increment(),
    error: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
