import type { Message } from './define.js';

/** Rule sets (src/rules/): a broken rule-set file, a rule-set id refused, the parent plan's rule set chosen. */
export const RULES = {
  // a broken rule-set file (load-ruleset.ts, discover.ts); `where` is a JSON pointer or "/"
  'rules.invalid.missingField': {
    vi: 'Bộ quy tắc không hợp lệ: thiếu trường "{{field}}"',
    en: 'Invalid rule set: missing field "{{field}}"',
  },
  'rules.invalid.unknownField': {
    vi: 'Bộ quy tắc không hợp lệ: trường không được phép "{{field}}" tại {{where}}',
    en: 'Invalid rule set: unknown field "{{field}}" at {{where}}',
  },
  /** Any other schema problem: the validator's own (English) words. */
  'rules.invalid.other': { vi: 'Bộ quy tắc không hợp lệ: {{where}} {{problem}}', en: 'Invalid rule set: {{where}} {{problem}}' },
  'rules.targetMissing': {
    vi: 'Yêu cầu "{{id}}" loại target thiếu trường "target"',
    en: 'Requirement "{{id}}" of kind target lacks "target"',
  },
  'rules.duplicateRuleId': {
    vi: 'Mã quy tắc "{{id}}" bị trùng (đã dùng ở quy tắc thứ {{first}})',
    en: 'Duplicate rule id "{{id}}" (already used by rule {{first}})',
  },
  'rules.unknownOperator': {
    vi: 'Toán tử không xác định "{{operator}}"; các toán tử có: {{known}}',
    en: 'Unknown operator "{{operator}}"; known operators: {{known}}',
  },
  'rules.idMismatch': {
    vi: 'Tệp khai báo mã bộ quy tắc "{{declared}}", khác với mã theo đường dẫn "{{id}}"',
    en: 'The file declares rule set id "{{declared}}", not "{{id}}" as its path says',
  },
  // a rule-set id refused (ruleset-id.ts)
  'rules.id.empty': { vi: 'mã bộ quy tắc trống', en: 'the rule set id is empty' },
  'rules.id.backslash': { vi: 'không được chứa dấu "\\"', en: 'it must not contain "\\"' },
  'rules.id.absolute': { vi: 'không được là đường dẫn tuyệt đối', en: 'it must not be an absolute path' },
  'rules.id.dots': {
    vi: 'không được chứa ".." hay "." (ra ngoài thư mục rules/)',
    en: 'it must not contain ".." or "." (outside the rules/ folder)',
  },
  'rules.id.form': {
    vi: 'chỉ gồm chữ thường không dấu, số, "-", "." và "/" giữa các phần',
    en: 'only lower-case letters, digits, "-", "." and "/" between parts',
  },
  // the parent plan's rule set (parent-ruleset.ts); `plan` is "kstthc 2026, <issuer>", `ref` the parent plan's number
  'rules.parent.namesOther': {
    vi: 'Kế hoạch ({{plan}}) thuộc phạm vi bộ quy tắc "{{chosen}}" của kế hoạch cấp trên {{ref}}, nhưng ghi bộ quy tắc "{{named}}": đã kiểm tra theo "{{chosen}}"',
    en: 'The plan ({{plan}}) falls under the parent rule set "{{chosen}}" ({{ref}}) but names "{{named}}": checked against "{{chosen}}"',
  },
  'rules.parent.namesOther.fix': { vi: 'Sửa plan.parent.ruleset thành {{chosen}}', en: 'Set plan.parent.ruleset to {{chosen}}' },
  'rules.parent.namesNoRuleSet': {
    vi: 'Kế hoạch ({{plan}}) thuộc phạm vi bộ quy tắc "{{chosen}}" của kế hoạch cấp trên {{ref}}, nhưng không ghi bộ quy tắc (plan.parent.ruleset): đã kiểm tra theo "{{chosen}}"',
    en: 'The plan ({{plan}}) falls under the parent rule set "{{chosen}}" ({{ref}}) but does not name it (plan.parent.ruleset): checked against "{{chosen}}"',
  },
  'rules.parent.namesNoParent': {
    vi: 'Kế hoạch ({{plan}}) thuộc phạm vi bộ quy tắc "{{chosen}}" của kế hoạch cấp trên {{ref}}, nhưng không ghi kế hoạch cấp trên (plan.parent): đã kiểm tra theo "{{chosen}}"',
    en: 'The plan ({{plan}}) falls under the parent rule set "{{chosen}}" ({{ref}}) but does not name its parent plan (plan.parent): checked against "{{chosen}}"',
  },
  /** `hint`: the plan.parent entry to write, "{ ref: …, date: …, ruleset: … }". */
  'rules.parent.namesNothing.fix': { vi: 'Ghi plan.parent: {{hint}}', en: 'Write plan.parent: {{hint}}' },
  'rules.parent.unknown': {
    vi: 'Chưa có bộ quy tắc "{{named}}" của kế hoạch cấp trên: các yêu cầu của kế hoạch cấp trên chưa được kiểm tra',
    en: 'No rule set "{{named}}" for the parent plan: its requirements were not checked',
  },
  'rules.parent.unknown.fix': {
    vi: 'Kiểm tra tên bộ quy tắc (thư mục rules/) hoặc bổ sung bộ quy tắc cho kế hoạch cấp trên',
    en: 'Check the rule set name (folder rules/) or add a rule set for the parent plan',
  },
  'rules.parent.none': {
    vi: 'Kế hoạch cấp trên {{ref}} chưa có bộ quy tắc (plan.parent.ruleset): các yêu cầu của kế hoạch cấp trên chưa được kiểm tra',
    en: 'The parent plan {{ref}} has no rule set (plan.parent.ruleset): its requirements were not checked',
  },
  'rules.parent.none.fix': {
    vi: 'Ghi plan.parent.ruleset (bộ quy tắc trong thư mục rules/), hoặc bổ sung bộ quy tắc cho kế hoạch cấp trên',
    en: 'Set plan.parent.ruleset (a rule set in rules/), or add a rule set for the parent plan',
  },
  'rules.phrases.unreadable': { vi: 'từ điển cụm từ: không đọc được tệp', en: 'phrase vocabulary: the file cannot be read' },
  'rules.phrases.notJson': { vi: 'từ điển cụm từ: không phải JSON', en: 'phrase vocabulary: not JSON' },
  'rules.phrases.noPairs': {
    vi: 'từ điển cụm từ: thiếu "pairs" (cụm hai từ → số lần gặp)',
    en: 'phrase vocabulary: no "pairs" (word pair → count)',
  },
  'rules.phrases.badEntry': {
    vi: 'từ điển cụm từ: mục "{{pair}}": cần hai từ và một số nguyên dương',
    en: 'phrase vocabulary: entry "{{pair}}": two words and a positive integer expected',
  },
  'rules.fromParent.title': {
    vi: 'Kế hoạch {{kind}} năm {{year}} của {{issuer}} ({{ref}})',
    en: '{{issuer}}: {{kind}} plan {{year}} ({{ref}})',
  },
  'rules.fromParent.kind.cchc': { vi: 'cải cách hành chính', en: 'administrative reform' },
  'rules.fromParent.kind.kstthc': { vi: 'kiểm soát thủ tục hành chính', en: 'administrative-procedure control' },
  // plan-check rules docs (tools/rules-docs.ts): when a built-in check is made, in place of a message
  'rules.docs.checkedWhen.input': { vi: '(kiểm tra khi đọc tệp)', en: '(checked when the file is read)' },
  'rules.docs.checkedWhen.load': { vi: '(kiểm tra khi nạp kế hoạch)', en: '(checked when the plan is loaded)' },
  'rules.docs.checkedWhen.parent': {
    vi: '(kiểm tra khi chọn bộ quy tắc của kế hoạch cấp trên)',
    en: "(checked when the parent plan's rule set is chosen)",
  },
} as const satisfies Record<`rules.${string}`, Message>;
