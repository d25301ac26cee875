import type { RuleDef, RuleSet } from '../rules/ruleset-types.js';

const SEVERITY_VI = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as const;

/** Where a rule's test fixtures are, as links relative to the documentation folder. */
export type FixtureLinks = (ruleId: string) => { valid?: string; invalid?: string };

function ruleDoc(r: RuleDef, fixtures?: FixtureLinks): string {
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
  pages.set('README.md', index.join('\n') + '\n');
  return pages;
}
