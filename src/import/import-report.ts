import type { Lang } from '../types.js';
import type { ImportNote } from './import-plan.js';
import { describePos, type SourcePos } from './source-blocks.js';
import { msg } from '../messages/index.js';

function where(file: string, pos: SourcePos | undefined, lang: Lang): string {
  if (!pos) return file;
  return pos.line !== undefined ? `${file}:${pos.line}` : `${file} (${describePos(pos, lang)})`;
}

const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The import's notes as lines for the terminal: what was not placed, and where it is in the source. */
export function formatImportNotes(file: string, notes: ImportNote[], lang: Lang): string[] {
  return notes.map((n) => {
    const at = where(file, n.pos, lang);
    switch (n.kind) {
      case 'unplaced':
      case 'table-row-unplaced':
        return msg(lang, `import.${n.kind}`, { at, text: clip(n.text) });
      case 'table-no-task':
        return msg(lang, 'import.table-no-task', {
          at,
          table: n.table ?? '',
          reason: msg(lang, n.text === 'no-header' ? 'import.table-no-task.no-header' : 'import.table-no-task.no-task-row'),
        });
      case 'header-unknown':
        return msg(lang, 'import.header-unknown', { at, column: n.column ?? '', text: clip(n.text, 60) });
      case 'row-merged':
        return msg(lang, 'import.row-merged', { at, task: n.task ?? '' });
      case 'figure-unrecognised':
        return msg(lang, 'import.figure-unrecognised', { at, task: n.task ?? '', text: clip(n.text, 80) });
      case 'figure-doubtful': {
        // a task's figure names the task; one of the objectives or headline targets, the plan
        const subject =
          n.task === undefined ? msg(lang, 'import.figure-doubtful.ofPlan') : msg(lang, 'import.figure-doubtful.ofTask', { task: n.task });
        const text = clip(n.text, 80);
        return n.doubt === 'metric'
          ? msg(lang, 'import.figure-doubtful.metric', { at, subject, text, metrics: (n.metrics ?? []).join(', ') })
          : msg(lang, 'import.figure-doubtful.bound', { at, subject, text });
      }
      case 'link-stale':
        return msg(lang, 'import.link-stale', { at, task: n.task ?? '', text: n.text });
      case 'missing':
        return msg(lang, 'import.missing', { at, text: n.text });
    }
  });
}
