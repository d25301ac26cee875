import { COMMON_FACTS, FACTS, SUBJECT_KINDS, SUBJECTS, type FactField, type FactName } from '../facts/subject-facts.js';

/** Plan-schema definitions the facts read as written, as a reader finds them. */
const PLAN_DEFINITION: Record<string, string> = {
  '': 'toàn bộ tệp kế hoạch (schema/plan.schema.json)',
  task: 'mọi trường của một nhiệm vụ như viết (schema/plan.schema.json, definitions/task)',
  target: 'mọi trường của một chỉ tiêu như viết (schema/plan.schema.json, definitions/target)',
};

function rows(prefix: string, fields: Readonly<Record<string, FactField>>, at: string): string[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const from =
      field.from === undefined ? '(tính toán)' : field.from.startsWith('/') ? field.from : `${at}${field.from ? '/' + field.from : ''}`;
    const row = `| \`${prefix}${name}\` | ${field.type} | ${field.vi} · *${field.en}* | \`${from}\` |`;
    return [row, ...(field.fields ? rows(`${prefix}${name}.`, field.fields, at) : [])];
  });
}

function factSection(name: FactName, at: string): string[] {
  const fact = FACTS[name] as (typeof FACTS)[FactName] & { planDefinition?: string; ruleSetData?: true };
  const out = [`#### \`${name}\` — ${fact.vi}`, '', `*${fact.en}*`, ''];
  if (fact.planDefinition !== undefined) out.push(`Trường như viết trong kế hoạch: ${PLAN_DEFINITION[fact.planDefinition]}.`, '');
  if (fact.ruleSetData) out.push('Các khóa của `data` trong chính bộ quy tắc chứa quy tắc (đường dẫn được kiểm tra theo dữ liệu đó).', '');
  const fields = fact.fields as Readonly<Record<string, FactField>>;
  if (Object.keys(fields).length) out.push('| trường | kiểu | ý nghĩa | lấy từ |', '|---|---|---|---|', ...rows('$.', fields, at), '');
  return out;
}

/** Where the subject a fact holds is in the plan ("/tasks/{i}"), for its fields' sources; "(…)" where it varies. */
function placeOf(fact: FactName): string {
  const at = SUBJECT_KINDS.map((k) => SUBJECTS[k]).find((s) => s.fact === fact)?.at ?? '';
  return at.startsWith('/') ? at.split(',')[0]!.trim() : at;
}

/**
 * The facts reference for rule authors (facts.md of `plan-check rules docs`): per kind of subject
 * (`applies_to`), the facts a condition may read, each field with its type, meaning and the plan
 * field it comes from. Made from the facts table, the same one load-ruleset checks paths against.
 */
export function factsReference(): string {
  const out = [
    '# Dữ kiện cho người viết quy tắc (facts)',
    '',
    '*Facts a rule condition may read, per kind of subject.*',
    '',
    'Tạo tự động bởi `plan-check rules docs` từ bảng dữ kiện (src/facts/subject-facts.ts). Một bộ quy tắc đọc',
    'dữ kiện hoặc đường dẫn không có ở đây cho loại đối tượng của quy tắc sẽ bị từ chối khi nạp (tệp:dòng:cột).',
    '',
    `Mọi quy tắc đọc được: ${COMMON_FACTS.map((f) => `\`${f}\``).join(', ')}.`,
    '',
  ];
  for (const kind of SUBJECT_KINDS) {
    const s = SUBJECTS[kind];
    out.push(`## \`applies_to: ${kind}\` — ${s.vi}`, '', `*${s.en}* · vị trí trong kế hoạch: \`${s.at || '/'}\``, '');
    out.push(`Dữ kiện chính: \`${s.fact}\`${s.with.length ? `; thêm: ${s.with.map((f) => `\`${f}\``).join(', ')}` : ''}.`, '');
    for (const f of [s.fact, ...s.with]) out.push(...factSection(f, placeOf(f)));
  }
  out.push('## Dữ kiện chung', '');
  for (const f of COMMON_FACTS) if (f !== 'plan') out.push(...factSection(f, ''));
  return out.join('\n');
}
