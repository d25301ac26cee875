import { unlinkSync } from 'node:fs';

/** Temporary files written but not yet renamed into place: removed if the run ends early. */
const pending = new Set<string>();

const SIGNAL_EXIT: [NodeJS.Signals, number][] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];
const onSignal = SIGNAL_EXIT.map(
  ([signal, code]) =>
    [
      signal,
      () => {
        removePendingTemps();
        process.exit(code);
      },
    ] as const,
);

/**
 * Remembers a temporary file until it is renamed; an error, exit or signal before that removes it.
 * The signal handlers are there only while a temporary file is: the rest of the time a signal ends
 * the run at once, as it always did.
 */
export function trackTemp(file: string): void {
  if (pending.size === 0) {
    process.on('exit', removePendingTemps);
    for (const [signal, handler] of onSignal) process.on(signal, handler);
  }
  pending.add(file);
}

/** The temporary file was renamed into place (or removed): nothing left to clean. */
export function untrackTemp(file: string): void {
  if (!pending.delete(file) || pending.size > 0) return;
  process.off('exit', removePendingTemps);
  for (const [signal, handler] of onSignal) process.off(signal, handler);
}

/** Removes one temporary file of ours that will not be renamed. */
export function discardTemp(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* never created */
  }
  untrackTemp(file);
}

/** Removes every temporary file still pending. */
export function removePendingTemps(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}
