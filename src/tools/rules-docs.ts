import type { RuleDef, RuleSet } from '../rules/ruleset-types.js';
import { BUILT_IN_CHECKS, type BuiltInCheck } from '../plan/built-in-checks.js';
import { factsReference } from './facts-docs.js';
import { bilingual } from '../messages/index.js';

const SEVERITY_VI = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as const;

/** Where a rule's test fixtures are, as links relative to the documentation folder. */
export type FixtureLinks = (ruleId: string) => { valid?: string; invalid?: string };

/** A built-in check documented like a rule. */
function builtInDoc(c: BuiltInCheck, fixtures?: FixtureLinks): string {
  return ruleDoc({ ...c, applies_to: 'plan', message: bilingual(`rules.docs.checkedWhen.${c.stage}`), source: c.source }, fixtures);
}

function ruleDoc(
  r: Pick<RuleDef, 'id' | 'title' | 'severity' | 'applies_to' | 'source' | 'message' | 'fix' | 'examples'>,
  fixtures?: FixtureLinks,
): string {
  const out = [
    `### \`${r.id}\` — ${r.title.vi}`,
    '',
    `*${r.title.en}*`,
    '',
    `- Mức độ: **${SEVERITY_VI[r.severity]}** (${r.severity}) · áp dụng cho: \`${r.applies_to}\``,
    `- Căn cứ: ${r.source.ref}${r.source.title ? ` — ${r.source.title}` : ''}${r.source.article ? ` (${r.source.article})` : ''}`,
    `- Thông báo: ${r.message.vi}`,
    `- Cách sửa: ${r.fix.vi}`,
  ];
  if (r.examples?.valid?.length) out.push(`- Ví dụ đạt: \`${JSON.stringify(r.examples.valid[0])}\``);
  if (r.examples?.invalid?.length) out.push(`- Ví dụ không đạt: \`${JSON.stringify(r.examples.invalid[0])}\``);
  const f = fixtures?.(r.id);
  if (f) {
    const links = [
      f.valid ? `[đạt](${f.valid})` : 'chưa có ví dụ đạt',
      f.invalid ? `[không đạt](${f.invalid})` : 'chưa có ví dụ không đạt',
    ];
    out.push(`- Kế hoạch mẫu để kiểm thử (\`plan-check rules test\`): ${links.join(' · ')}`);
  }
  return out.join('\n');
}

/** The rule reference, one Markdown page per rule set plus an index, from the rules' own metadata. */
export function rulesDocs(rulesets: RuleSet[], fixtures?: FixtureLinks): Map<string, string> {
  const pages = new Map<string, string>();
  const index = [
    '# Danh mục quy tắc của plan-check',
    '',
    'Tạo tự động bởi `plan-check rules docs` từ siêu dữ liệu của từng quy tắc.',
    'Dữ kiện mà điều kiện của quy tắc đọc được: [facts.md](facts.md). Kiểm tra sẵn có của công cụ: [built-in.md](built-in.md).',
    '',
    '| bộ quy tắc | quy tắc | mức | tên |',
    '|---|---|---|---|',
  ];
  for (const rs of rulesets) {
    const name = `${rs.id.replace(/\//g, '-')}.md`;
    const body = [`# ${rs.id} ${rs.version}`, '', rs.title.vi, '', `*${rs.title.en}*`, ''];
    if (rs.provenance) body.push(`> ${rs.provenance}`, '');
    for (const r of rs.rules) {
      body.push(ruleDoc(r, fixtures), '');
      index.push(`| [${rs.id}](${name}) | \`${r.id}\` | ${SEVERITY_VI[r.severity]} | ${r.title.vi} |`);
    }
    if (rs.requirements.length) {
      body.push('## Yêu cầu của kế hoạch cấp trên', '');
      for (const q of rs.requirements as { id: string; title: string }[]) body.push(`- \`${q.id}\` ${q.title}`);
      body.push('');
    }
    pages.set(name, body.join('\n'));
  }
  const builtIn = ['# Kiểm tra sẵn có của plan-check', '', '*Checks plan-check makes itself, outside rule files (never waivable).*', ''];
  for (const c of Object.values(BUILT_IN_CHECKS) as BuiltInCheck[]) {
    builtIn.push(builtInDoc(c, fixtures), '');
    index.push(`| [plan-check](built-in.md) | \`${c.id}\` | ${SEVERITY_VI[c.severity]} | ${c.title.vi} |`);
  }
  pages.set('built-in.md', builtIn.join('\n'));
  pages.set('facts.md', factsReference());
  pages.set('README.md', index.join('\n') + '\n');
  return pages;
}
