/**
 * How every benchmark reports: one JSON object per line per figure on stdout (the machine
 * record), human-readable progress on stderr.
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The same measure on the baseline run in the same process tree, when there is one. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** What the figure should reach, e.g. ">= 0.6". */
  target: string;
}

export function emit(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Rounds to `digits` decimals (figures are read by people; three significant digits do). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Runs a benchmark's main when the file is executed directly; failures exit non-zero. */
export function runMain(module: NodeJS.Module, main: () => Promise<void>): void {
  if (require.main !== module) return;
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
