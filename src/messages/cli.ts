import type { Message } from './define.js';

/** The command line (src/cli/): usage errors, progress lines, the registry and render commands. */
export const CLI = {
  'cli.noChange': { vi: 'Không có kế hoạch nào thay đổi từ {{ref}}.', en: 'No plan changed since {{ref}}.' },
  'cli.noPlanFile': { vi: 'chưa nêu tệp kế hoạch (gõ plan-check --help)', en: 'no plan file given (see plan-check --help)' },
  'cli.skippedLink': {
    vi: 'plan-check: bỏ qua liên kết ra ngoài thư mục: {{link}} (dùng --follow-symlinks để theo)',
    en: 'plan-check: skipped a link out of the folder: {{link}} (use --follow-symlinks to follow it)',
  },
  'cli.noPlanFound': {
    vi: 'không tìm thấy kế hoạch nào trong các thư mục, mẫu đã nêu',
    en: 'no plan found in the folders or patterns given',
  },
  'cli.exists': { vi: '"{{file}}" đã có; dùng --force để ghi đè', en: '"{{file}}" exists; use --force to overwrite' },
  'cli.internalError': {
    vi: 'plan-check: lỗi nội bộ: {{message}}\n(chạy lại với --verbose để xem chi tiết và báo lỗi cho nhóm phát triển)',
    en: 'plan-check: internal error: {{message}}\n(run again with --verbose for details, and report it)',
  },
  // commander's usage errors, translated (commander-errors.ts)
  'cli.parse.didYouMean': { vi: '; có phải bạn muốn gõ: {{suggestion}}?', en: '; did you mean: {{suggestion}}?' },
  'cli.parse.missingArgument': { vi: 'thiếu tham số <{{name}}>', en: 'missing argument <{{name}}>' },
  'cli.parse.optionMissingArgument': { vi: 'tùy chọn {{option}} cần một giá trị', en: 'option {{option}} needs a value' },
  'cli.parse.missingMandatoryOptionValue': { vi: 'thiếu tùy chọn bắt buộc {{option}}', en: 'required option {{option}} is missing' },
  'cli.parse.conflictingOption': { vi: '{{a}} không dùng được cùng {{b}}', en: '{{a}} cannot be used with {{b}}' },
  'cli.parse.unknownOption': { vi: 'không có tùy chọn {{option}}', en: 'unknown option {{option}}' },
  'cli.parse.unknownCommand': { vi: 'không có lệnh "{{command}}"', en: 'unknown command "{{command}}"' },
  'cli.parse.excessArguments': {
    vi: 'thừa tham số: cần {{expected}}, đã nhận {{got}}',
    en: 'too many arguments: expected {{expected}}, got {{got}}',
  },
  'cli.parse.invalidOption': {
    vi: 'tùy chọn {{option}}: giá trị "{{value}}" không hợp lệ: {{reason}}',
    en: 'option {{option}}: invalid value "{{value}}": {{reason}}',
  },
  'cli.parse.invalidArgument': {
    vi: 'tham số <{{name}}>: giá trị "{{value}}" không hợp lệ: {{reason}}',
    en: 'argument <{{name}}>: invalid value "{{value}}": {{reason}}',
  },
  'cli.parse.subcommandNeeded': { vi: 'cần một lệnh con: {{subcommands}}', en: 'a subcommand is needed: {{subcommands}}' },
  'cli.parse.choices': { vi: 'phải là một trong: {{choices}}', en: 'must be one of: {{choices}}' },
  'cli.parse.help': { vi: '(gõ {{command}} --help để xem hướng dẫn)', en: '(run {{command}} --help for usage)' },
  // plan-check registry
  'cli.registry.notFound': {
    vi: 'Không có văn bản "{{ref}}" trong cơ sở dữ liệu: hiệu lực chưa xác định.',
    en: 'No document "{{ref}}" in the registry: its status is unknown.',
  },
  'cli.registry.unknownDate': { vi: 'chưa rõ', en: 'unknown' },
  'cli.registry.issuer': { vi: 'Cơ quan ban hành', en: 'Issuer' },
  'cli.registry.dates': { vi: 'Ngày ký: {{signed}} · hiệu lực từ: {{inForce}}', en: 'Signed: {{signed}} · in force from: {{inForce}}' },
  'cli.registry.ended': { vi: ' · hết hiệu lực từ: {{ended}}', en: ' · ended: {{ended}}' },
  'cli.registry.status': {
    vi: 'Tại ngày {{asOf:date}}: {{verdict}} (độ tin cậy {{confidence}}: {{confidenceLabel}})',
    en: 'On {{asOf:date}}: {{verdict}} (confidence {{confidence}}: {{confidenceLabel}})',
  },
  'cli.registry.replacedBy': { vi: 'Được thay thế bởi', en: 'Replaced by' },
  'cli.registry.replaces': { vi: 'Thay thế', en: 'Replaces' },
  'cli.registry.amendedBy': { vi: 'Được sửa đổi bởi', en: 'Amended by' },
  'cli.registry.amends': { vi: 'Sửa đổi', en: 'Amends' },
  'cli.registry.note': { vi: 'Ghi chú', en: 'Note' },
  'cli.registry.source': { vi: 'Nguồn', en: 'Source' },
  'cli.registry.citedIn': { vi: 'trích dẫn trong', en: 'cited in' },
  'cli.registry.searched': {
    vi: 'chưa tìm thấy nguồn công khai; đã tìm {{on}}: {{where}}',
    en: 'no public source found; searched {{on}}: {{where}}',
  },
  // plan-check render, plan-check import
  'cli.render.notAPlan': {
    vi: '"{{file}}" chưa đúng cấu trúc kế hoạch; sửa các lỗi trên rồi in lại',
    en: '"{{file}}" is not a valid plan; fix the errors above and render again',
  },
  'cli.render.done': { vi: 'Đã in {{n}} nhiệm vụ → {{output}}', en: 'Rendered {{n}} {{n|task|tasks}} → {{output}}' },
  'cli.import.summary': {
    vi: 'Đã nhập {{tasks}} nhiệm vụ, {{bases}} căn cứ; {{unplaced}} đoạn chưa xếp được, {{others}} ghi chú khác{{output}}.',
    en: 'Imported {{tasks}} {{tasks|task|tasks}}, {{bases}} {{bases|legal basis|legal bases}}; {{unplaced}} {{unplaced|piece|pieces}} not placed, {{others}} other {{others|note|notes}}{{output}}.',
  },
  // plan-check rules from-parent
  'cli.fromParent.done': {
    vi: 'Đã lập bản nháp bộ quy tắc {{id}} từ {{file}}: {{targets}} chỉ tiêu tối thiểu, {{tasks}} nhiệm vụ giao cấp xã{{output}}. Rà lại từng yêu cầu trước khi dùng.',
    en: 'Drafted rule set {{id}} from {{file}}: {{targets}} {{targets|floor|floors}}, {{tasks}} {{tasks|task|tasks}} assigned to communes{{output}}. Review each requirement before use.',
  },
  'cli.fromParent.none': {
    vi: '{{file}}: không tìm thấy chỉ tiêu nào, cũng không có nhiệm vụ nào giao UBND cấp xã (chủ trì hoặc phối hợp); bộ quy tắc không có yêu cầu',
    en: '{{file}}: no target found, and no task assigned to the communes (as lead or partner); the rule set has no requirement',
  },
  'cli.fromParent.approximate': {
    vi: '{{file}}: bỏ qua "{{text}}": số liệu xấp xỉ ("khoảng"), không phải mức tối thiểu',
    en: '{{file}}: left out "{{text}}": an approximate figure ("khoảng"), not a floor',
  },
  'cli.fromParent.ceiling': {
    vi: '{{file}}: bỏ qua "{{text}}": mức trần (không quá, dưới), không phải mức tối thiểu',
    en: '{{file}}: left out "{{text}}": a ceiling, not a floor',
  },
  'cli.fromParent.duplicate': {
    vi: '{{file}}: bỏ qua "{{text}}": chỉ tiêu này đã có ở mức khác trong kế hoạch (giữ mức nêu trước)',
    en: '{{file}}: left out "{{text}}": the plan sets this indicator at another level earlier (the first one is kept)',
  },
  'cli.fromParent.noReference': {
    vi: '"{{file}}" không ghi số, ngày văn bản: không lập được bộ quy tắc của kế hoạch cấp trên (cần số, ký hiệu và ngày ban hành)',
    en: '"{{file}}" has no document number and date: a parent rule set needs the number and date of issue',
  },
  // usage errors of the subcommands and of a check run's outputs
  'cli.annex.unknownExtension': {
    vi: 'annex không ghi được tệp "{{output}}": chỉ ghi các đuôi {{list}}',
    en: 'annex cannot write "{{output}}": it writes {{list}} only',
  },
  'cli.commandFirst': {
    vi: '"{{word}}" là một lệnh: đặt ngay sau plan-check, ví dụ plan-check {{word}} --help',
    en: '"{{word}}" is a command: put it first, e.g. plan-check {{word}} --help',
  },
  'cli.commandTypo': {
    vi: 'không có tệp hay lệnh "{{word}}"; có phải bạn muốn gõ: {{near}}?',
    en: 'no file or command "{{word}}"; did you mean: {{near}}?',
  },
  'cli.diff.baseOnePlan': { vi: 'với --base chỉ nêu một tệp kế hoạch', en: 'give one plan with --base' },
  'cli.diff.twoFiles': { vi: 'cần hai tệp: cũ và mới, hoặc một tệp với --base', en: 'give old and new, or one file with --base' },
  'cli.render.docxOnly': { vi: 'render chỉ ghi tệp .docx', en: 'render writes .docx files only' },
  /** English keeps "-o files", "-f formats" whatever the numbers (flags, not words). */
  'cli.outputsWithoutFormats': {
    vi: 'có {{outputs}} tệp -o nhưng chỉ {{formats}} định dạng -f: mỗi -o ghi định dạng -f cùng thứ tự (ví dụ -f json -o r.json -f html -o r.html)',
    en: '{{outputs}} -o files but only {{formats}} -f formats: each -o writes the -f of the same rank (e.g. -f json -o r.json -f html -o r.html)',
  },
  'cli.cacheLocationIsFile': {
    vi: '--cache-location "{{dir}}" là một tệp, không phải thư mục bộ nhớ đệm',
    en: '--cache-location "{{dir}}" is a file, not a cache folder',
  },
  'cli.makeFolderFailed': {
    vi: 'không tạo được thư mục "{{dir}}" ({{reason}})',
    en: 'cannot create folder "{{dir}}" ({{reason}})',
  },
  // plan-check rules …
  'cli.rules.noRuleset': { vi: 'không có bộ quy tắc "{{ruleset}}" trong rules/', en: 'no rule set "{{ruleset}}" in rules/' },
  'cli.rules.noRule': { vi: 'không có quy tắc "{{id}}"', en: 'no rule "{{id}}"' },
  'cli.rules.provinceSlug': {
    vi: '--province: chữ thường không dấu và gạch nối, ví dụ ninh-binh',
    en: '--province: lower-case letters without accents and hyphens, e.g. ninh-binh',
  },
  'cli.rules.exists': { vi: '"{{file}}" đã có', en: '"{{file}}" exists' },
} as const satisfies Record<`cli.${string}`, Message>;
