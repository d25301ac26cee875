import type { Lang } from '../types.js';
import { msg, MESSAGES, type MessageKey } from '../messages/index.js';

const PREFIX = 'serve.page.';

/** The pages' words by name, and the severity and status names. */
export type Labels = { [name: string]: string } & { sev: Record<string, string>; status: Record<string, string> };

/** The words of the pages in `lang`, from the catalogue (serve.page.*): `t.home`, `t.sev.error`, `t.status.pass`. */
export function labels(lang: Lang): Labels {
  const out = { sev: {}, status: {} } as Labels;
  for (const key of Object.keys(MESSAGES) as MessageKey[]) {
    if (!key.startsWith(PREFIX)) continue;
    const [group, name] = key.slice(PREFIX.length).split('.') as [string, string | undefined];
    const text = msg(lang, key as never);
    if (name === undefined) (out as Record<string, string>)[group] = text;
    else if (group === 'sev' || group === 'status') out[group][name] = text;
  }
  return out;
}
