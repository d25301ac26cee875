import { unlinkSync } from 'node:fs';

/** Temporary files written but not yet renamed into place: removed if the run ends early. */
const pending = new Set<string>();
let installed = false;

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Remembers a temporary file until it is renamed; an error, exit or signal before that removes it. */
export function trackTemp(file: string): void {
  install();
  pending.add(file);
}

/** The temporary file was renamed into place (or removed): nothing left to clean. */
export function untrackTemp(file: string): void {
  pending.delete(file);
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

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removePendingTemps);
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removePendingTemps();
      process.exit(code);
    });
  }
}
