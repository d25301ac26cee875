/**
 * The facts contract for rule authors: what a rule condition may read, per kind of subject. From
 * this one table come the subject kinds (SubjectKind, the rule schema's `applies_to`), the fact
 * names a condition may name, each kind's main fact, where a computed field is located in the plan
 * file (fieldSources), the check of every fact path when a rule set is loaded, and the facts
 * reference printed by `plan-check rules docs`.
 *
 * Kept free of imports from src/types.ts (which takes SubjectKind from here).
 */

/** The type of a fact's field, as a rule author meets it. "date" is an ISO date string. */
export type FactType = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'number[]' | 'list' | 'object';

export interface FactField {
  type: FactType;
  vi: string;
  en: string;
  /**
   * The plan field it comes from: for a subject's own fact, relative to the subject's place in the
   * plan file ("deadline"; "" the subject's place itself), else a JSON pointer from the plan's root.
   * Absent: computed, not read from one field (the --as-of date, the registry, rule-set data).
   */
  from?: string;
  /** The fields of an object; an object or list without them is open (any path below is read as is). */
  fields?: Readonly<Record<string, FactField>>;
}

export interface FactTable {
  vi: string;
  en: string;
  /**
   * Fields read as written from the plan file: the definition of schema/plan.schema.json they
   * follow ("" the whole plan, "task", "target").
   */
  planDefinition?: string;
  /** Open: the fields are those of each rule set's own `data`. */
  ruleSetData?: true;
  /** Fields computed for rules (besides those of planDefinition). */
  fields: Readonly<Record<string, FactField>>;
}

const f = (type: FactType, from: string | undefined, vi: string, en: string, fields?: Record<string, FactField>): FactField => ({
  type,
  vi,
  en,
  ...(from !== undefined ? { from } : {}),
  ...(fields ? { fields } : {}),
});

/** Every fact a condition may name, with its fields. */
export const FACTS = {
  plan: {
    vi: 'Toàn bộ kế hoạch như được mã hóa (schema/plan.schema.json)',
    en: 'The whole plan as encoded (schema/plan.schema.json)',
    planDefinition: '',
    fields: {},
  },
  context: {
    vi: 'Dữ kiện chung của kế hoạch, mọi quy tắc đều đọc được',
    en: 'Plan-wide facts every rule may read',
    fields: {
      year: f('number', '/plan/year', 'Năm kế hoạch', 'Year of the plan'),
      signingDate: f('date', '/plan/document/date', 'Ngày ký (null nếu là dự thảo)', 'Signing date (null for a draft)'),
      signingDateEarliest: f(
        'date',
        '/plan/document/date_text',
        'Ngày ký sớm nhất có thể của dự thảo ghi tháng ("ngày tháng 01 năm 2026")',
        'Earliest possible signing date of a draft whose date line gives a month',
      ),
      asOf: f(
        'date',
        undefined,
        'Ngày xét pháp luật: ngày ký, nếu không thì ngày --as-of',
        'Date the law is judged on: the signing date, else --as-of',
      ),
      asOfVn: f('string', undefined, 'asOf viết kiểu Việt Nam (dd/mm/yyyy)', 'asOf written the Vietnamese way (dd/mm/yyyy)'),
      hasUnits: f('boolean', '/units', 'Kế hoạch có danh sách đơn vị', 'The plan lists its units'),
      knownUnits: f(
        'list',
        '/units',
        'Đơn vị của cơ quan ban hành và đơn vị bên ngoài được nêu',
        'Units of the issuing body and named outside bodies',
      ),
      twoLevelGovernment: f(
        'boolean',
        '/plan/year',
        'Kế hoạch của chính quyền hai cấp (từ 01/7/2025)',
        'A plan of the two-level local government (from 1 July 2025)',
      ),
      parentRef: f('string', '/plan/parent/ref', 'Số ký hiệu kế hoạch cấp trên', 'Reference of the parent plan'),
      parentDateVn: f('string', '/plan/parent/date', 'Ngày kế hoạch cấp trên (dd/mm/yyyy)', "The parent plan's date (dd/mm/yyyy)"),
      parentCited: f('boolean', '/plan/legal_basis', 'Căn cứ ban hành có nêu kế hoạch cấp trên', 'The legal bases cite the parent plan'),
      parentDateOk: f('boolean', '/plan/legal_basis', 'Ngày của kế hoạch cấp trên được nêu đúng', "The parent plan's date is cited right"),
      parentCitedDateVn: f('string', '/plan/legal_basis', 'Ngày kế hoạch cấp trên như được nêu', "The parent plan's date as cited"),
      sharedDutyTasks: f(
        'string[]',
        '/tasks',
        'Nhiệm vụ mà mọi đơn vị cùng làm (chủ trì chung)',
        'Tasks every unit performs for its own procedures',
      ),
      sharedDutyTasksText: f('string', '/tasks', 'sharedDutyTasks nối bằng dấu phẩy', 'sharedDutyTasks joined by commas'),
      unitNamesText: f('string', '/units', 'Sáu đơn vị đầu tiên, nối bằng dấu phẩy', 'The first six units, joined by commas'),
      decisionArticlesEncoded: f(
        'boolean',
        '/decision/articles',
        'Các điều của quyết định được mã hóa',
        "The decision's articles are encoded",
      ),
      effectArticle: f(
        'boolean',
        '/decision/articles',
        'Quyết định có điều khoản về hiệu lực ("có hiệu lực")',
        'The decision has an article on its effect ("có hiệu lực")',
      ),
      distributionArchived: f('boolean', '/distribution', '"Nơi nhận" có dòng "Lưu: VT"', '"Nơi nhận" has a "Lưu: VT" line'),
      receivingOfficesMissing: f(
        'string[]',
        '/distribution',
        'Cơ quan cấp trên (theo bộ quy tắc) chưa có trong "Nơi nhận"',
        'Offices the rule set names that "Nơi nhận" lacks',
      ),
      receivingOfficesMissingText: f(
        'string',
        '/distribution',
        'receivingOfficesMissing nối bằng dấu chấm phẩy',
        'receivingOfficesMissing joined by semicolons',
      ),
      planPartsMissing: f('string[]', '/body', 'Các phần bắt buộc của kế hoạch còn thiếu (mã)', 'Ids of the required plan parts missing'),
      planPartsMissingVi: f('string', '/body', 'Tên tiếng Việt các phần còn thiếu', 'Vietnamese names of the missing parts'),
      planPartsMissingEn: f('string', '/body', 'Tên tiếng Anh các phần còn thiếu', 'English names of the missing parts'),
      bodyTopicsWithoutTask: f(
        'string[]',
        '/body',
        'Chủ đề mà phần nội dung đặt chỉ tiêu nhưng không nhiệm vụ nào của Phụ lục nêu (mã)',
        'Ids of topics the body sets a target on that no task of the appendix names',
      ),
      bodyTopicsWithoutTaskVi: f(
        'string',
        '/body',
        'Các chủ đề đó và mục nêu chúng (tiếng Việt)',
        'Those topics and where stated (Vietnamese)',
      ),
      bodyTopicsWithoutTaskEn: f(
        'string',
        '/body',
        'Các chủ đề đó và mục nêu chúng (tiếng Anh)',
        'Those topics and where stated (English)',
      ),
      proposerUnit: f('string', '/decision/proposer', 'Đơn vị nêu ở "Theo đề nghị của"', 'The unit named by "Theo đề nghị của"'),
    },
  },
  data: {
    vi: 'Dữ liệu (`data`) của chính bộ quy tắc chứa quy tắc',
    en: "The `data` of the rule's own rule set",
    ruleSetData: true,
    fields: {},
  },
  task: {
    vi: 'Một nhiệm vụ như được mã hóa, thêm các trường tính sẵn',
    en: 'A task as encoded, with computed fields',
    planDefinition: 'task',
    fields: {
      deadlineInfo: f('object', 'deadline', 'Thời hạn đã đọc', 'The deadline read', {
        text: f('string', 'deadline', 'Thời hạn như in', 'The deadline as printed'),
        kind: f(
          'string',
          'deadline',
          'ongoing, by-date, from-date, quarter, month, range, year, conditional hoặc unknown',
          'ongoing, by-date, from-date, quarter, month, range, year, conditional or unknown',
        ),
        start: f('date', 'deadline', 'Ngày đầu của khoảng thời hạn', 'First day of the window'),
        end: f('date', 'deadline', 'Ngày cuối phải xong', 'Last day by which it is due'),
        due: f('date', 'deadline', 'Hạn phải xong: end, nếu không thì start', 'When it is due: end, else start'),
        year: f('number', 'deadline', 'Năm ghi trong thời hạn', 'Year the deadline names'),
        quarters: f('number[]', 'deadline', 'Các quý', 'Quarters'),
        months: f('number[]', 'deadline', 'Các tháng', 'Months'),
        condition: f('string', 'deadline', 'Văn bản, cơ quan hay sự kiện mà thời hạn phụ thuộc', 'What the deadline depends on'),
        note: f('string', 'deadline', 'Phần ghi chú tách riêng', 'Qualifiers kept apart'),
        periods: f(
          'list',
          'deadline',
          'Các kỳ của việc định kỳ (tháng, quý, 6 tháng, năm)',
          'Periods of a recurring duty (month, quarter, half-year, year)',
        ),
        openEnded: f(
          'string',
          'deadline',
          'start: chỉ nêu ngày bắt đầu; event: phụ thuộc một sự kiện',
          'start: only a start date; event: depends on an event',
        ),
        startOnly: f('boolean', 'deadline', 'Thời hạn chỉ nêu ngày bắt đầu', 'The deadline only gives a start date'),
      }),
      parentDeadline: f(
        'date',
        'implements',
        'Hạn sớm nhất của các yêu cầu cấp trên mà nhiệm vụ thực hiện',
        'Earliest deadline of the parent requirements the task carries out',
      ),
      sectionTitle: f('string', 'section', 'Tên mục chứa nhiệm vụ', "Title of the task's section"),
      percentsContent: f('number[]', 'content', 'Các tỷ lệ % in trong nội dung', 'Percentages printed in the content'),
      percentsProduct: f('number[]', 'product', 'Các tỷ lệ % in trong sản phẩm', 'Percentages printed in the product'),
      percentMismatch: f(
        'number[]',
        'product',
        'Tỷ lệ % ở sản phẩm không có trong nội dung',
        'Percentages of the product absent from the content',
      ),
      targetsNotInText: f(
        'number[]',
        'targets',
        'Chỉ tiêu % không được in trong nội dung hay sản phẩm',
        'Percent targets printed in neither content nor product',
      ),
      namedLeadCount: f(
        'number',
        'lead',
        'Số đơn vị chủ trì được nêu tên (không phải cụm chung chung)',
        'Lead units named (not catch-all phrases)',
      ),
      namedLeadsText: f(
        'string',
        'lead',
        'Các đơn vị chủ trì được nêu tên, nối bằng dấu chấm phẩy',
        'The named lead units, joined by semicolons',
      ),
      reportDuty: f('boolean', 'content', 'Nhiệm vụ là việc báo cáo ("Báo cáo …")', 'The task is a report ("Báo cáo …")'),
      reportNoSchedule: f(
        'boolean',
        'deadline',
        'Nhiệm vụ báo cáo không nêu kỳ hoặc hạn gửi ("Thường xuyên", "định kỳ" không đủ)',
        'A report task naming no period or date ("Thường xuyên", a bare "định kỳ" are not enough)',
      ),
      reportNoRecipient: f('boolean', 'content', 'Nhiệm vụ báo cáo không nêu cơ quan nhận báo cáo', 'A report task naming no recipient'),
      reportOngoing: f(
        'boolean',
        'deadline',
        'Thời hạn của nhiệm vụ báo cáo là "Thường xuyên"',
        'The report task\'s deadline is "Thường xuyên"',
      ),
    },
  },
  target: {
    vi: 'Một chỉ tiêu như được mã hóa (chỉ tiêu chung hoặc của nhiệm vụ)',
    en: 'A target as encoded (a headline target or a task’s)',
    planDefinition: 'target',
    fields: {
      headline: f('boolean', '', 'Chỉ tiêu chung của kế hoạch (không thuộc bảng nhiệm vụ)', "A headline target (not in a task's row)"),
      taskId: f('string', 'task', 'Nhiệm vụ mang chỉ tiêu', 'The task carrying the target'),
      headlineFloor: f(
        'number',
        'value',
        'Mức thấp nhất mà chỉ tiêu chung cùng chỉ số đặt ra',
        'Lowest floor the headline targets set for the metric',
      ),
      otherOwnerTask: f(
        'string',
        '',
        'Nhiệm vụ trước đã đặt cùng chỉ số với đơn vị chủ trì khác',
        'An earlier task setting the same indicator with another lead',
      ),
      peerFloor: f(
        'number',
        'value',
        'Mức cao nhất mà nhiệm vụ khác đặt cho cùng chỉ số',
        'Highest level another task sets for the same indicator',
      ),
      peerTask: f('string', '', 'Nhiệm vụ đặt mức đó', 'The task setting that level'),
      otherOwnerLead: f('string', '', 'Đơn vị chủ trì của nhiệm vụ đó', "That task's lead"),
    },
  },
  unitRef: {
    vi: 'Một đơn vị chủ trì hoặc phối hợp của nhiệm vụ',
    en: "A task's lead or partner unit",
    fields: {
      name: f('string', '', 'Tên đơn vị như in', 'The unit as printed'),
      role: f('string', '', 'lead hoặc partner', 'lead or partner'),
      roleVi: f('string', '', 'chủ trì hoặc phối hợp', '"chủ trì" or "phối hợp"'),
      index: f('number', '', 'Vị trí trong cột', 'Position in the column'),
      taskId: f('string', '', 'Mã nhiệm vụ', 'The task id'),
      sharedDuty: f('boolean', '', 'Cụm chung chỉ việc mọi đơn vị cùng làm', 'A catch-all lead standing for a duty every unit performs'),
      groupBesideNamedLead: f(
        'boolean',
        '',
        'Nhóm đơn vị xác định theo địa vị pháp lý, đứng cạnh một đơn vị được nêu tên',
        'A group of units defined by their legal status, beside a named lead',
      ),
      notDirectedVi: f(
        'string',
        '',
        'Lý do Ủy ban nhân dân không chỉ đạo được đơn vị (tiếng Việt)',
        'Why the committee cannot direct the unit (Vietnamese)',
      ),
      notDirectedEn: f('string', '', 'Lý do bằng tiếng Anh', 'The reason in English'),
    },
  },
  citation: {
    vi: 'Một văn bản được trích dẫn trong lời văn, đối chiếu với danh mục văn bản',
    en: 'A document cited in the prose, looked up in the registry',
    fields: {
      ref: f('string', '', 'Số ký hiệu như trích', 'Reference as cited'),
      type: f('string', '', 'Loại văn bản (Luật, Nghị định …)', 'Kind of document (Luật, Nghị định …)'),
      text: f('string', '', 'Đoạn văn trích dẫn', 'The citation’s text'),
      date: f('date', '', 'Ngày ban hành như trích', 'Date as cited'),
      dateVn: f('string', '', 'date viết dd/mm/yyyy', 'date as dd/mm/yyyy'),
      issuer: f('string', '', 'Cơ quan ban hành như trích', 'Issuing body as cited'),
      first: f('boolean', '', 'Lần trích đầu tiên của văn bản', 'The first citation of the document'),
      law: f('boolean', '', 'Luật hoặc Pháp lệnh', 'A law or ordinance'),
      known: f('boolean', '', 'Có trong danh mục văn bản', 'In the registry'),
      yearMissing: f('boolean', '', 'Số ký hiệu thiếu năm mà loại văn bản bắt buộc', 'The symbol lacks a year its kind requires'),
      symbolOk: f('boolean', '', 'Ký hiệu đúng mẫu của loại văn bản', "The symbol fits its kind's pattern"),
      expectedSymbol: f('string', '', 'Mẫu ký hiệu đúng', 'The symbol expected'),
      complete: f('boolean', '', 'Có đủ ngày và cơ quan ban hành (trừ luật)', 'Gives date and issuing body (laws excepted)'),
      missingParts: f('string', '', 'Phần còn thiếu', 'What is missing (Vietnamese)'),
      missingPartsEn: f('string', '', 'Phần còn thiếu (tiếng Anh)', 'What is missing'),
      dateReal: f('boolean', '', 'Ngày trích có thật', 'The date cited exists'),
      badDate: f('string', '', 'Ngày không có thật như trích', 'The impossible date as cited'),
      docRef: f('string', '', 'Số ký hiệu trong danh mục', 'Reference in the registry'),
      docTitle: f('string', '', 'Tên văn bản trong danh mục', 'Title in the registry'),
      verdict: f(
        'string',
        '',
        'Hiệu lực tại ngày xét (in-force, partly-amended, replaced …)',
        'Status on the as-of date (in-force, partly-amended, replaced …)',
      ),
      verdictVi: f('string', '', 'verdict bằng tiếng Việt', 'verdict in Vietnamese'),
      verdictEn: f('string', '', 'verdict bằng tiếng Anh', 'verdict in English'),
      confidence: f('string', '', 'Độ tin cậy của danh mục (C, S, I)', "The registry's confidence (C, S, I)"),
      confidenceVi: f('string', '', 'confidence bằng tiếng Việt', 'confidence in Vietnamese'),
      confidenceEn: f('string', '', 'confidence bằng tiếng Anh', 'confidence in English'),
      endedVn: f('string', '', 'Ngày hết hiệu lực (dd/mm/yyyy)', 'Date it ended (dd/mm/yyyy)'),
      endedEn: f('string', '', 'Ngày hết hiệu lực (ISO)', 'Date it ended (ISO)'),
      replacedBy: f('string', '', 'Văn bản thay thế', 'Documents replacing it'),
      localBeforeReform: f('boolean', '', 'Văn bản địa phương ký trước 01/7/2025', 'A local document signed before 1 July 2025'),
      endsInYear: f('boolean', '', 'Hết hiệu lực trong năm kế hoạch', 'Ends within the plan year'),
      registryDateVn: f('string', '', 'Ngày ký trong danh mục (dd/mm/yyyy)', 'Signing date in the registry (dd/mm/yyyy)'),
      dateMatches: f('boolean', '', 'Ngày trích trùng ngày ký trong danh mục', 'The date cited is the registry’s'),
      titlePeriodCited: f(
        'string',
        '',
        'Giai đoạn in trong tên văn bản được trích ("2021-2050"), khi tên trong danh mục có giai đoạn',
        'The period printed in the cited title ("2021-2050"), when the registry title has one',
      ),
      titlePeriodRegistry: f(
        'string',
        '',
        'Giai đoạn trong tên văn bản của danh mục ("2021-2030")',
        'The period of the registry title ("2021-2030")',
      ),
      uncitedAmendments: f('string[]', '', 'Văn bản sửa đổi không được nêu kèm', 'Amendments not cited with it'),
      uncitedAmendmentsText: f('string', '', 'uncitedAmendments nối bằng dấu phẩy', 'uncitedAmendments joined by commas'),
      amendmentConfidenceVi: f('string', '', 'Độ tin cậy yếu nhất của các sửa đổi', 'Weakest confidence of the amendments (Vietnamese)'),
      amendmentConfidenceEn: f('string', '', 'Độ tin cậy yếu nhất của các sửa đổi (tiếng Anh)', 'Weakest confidence of the amendments'),
      citedAsBasis: f('boolean', '', 'Được nêu trong căn cứ ban hành', 'Cited among the legal bases'),
      undatedAmendments: f(
        'string[]',
        '',
        'Sửa đổi chưa rõ ngày hiệu lực, có nguồn kiểm chứng',
        'Attested amendments without a known start date',
      ),
      undatedAmendmentsText: f('string', '', 'undatedAmendments kèm ngày ký', 'undatedAmendments with their signing dates'),
      unverifiedAmendments: f('string[]', '', 'Sửa đổi chưa có nguồn kiểm chứng', 'Amendments with no source to check'),
      unverifiedAmendmentsText: f('string', '', 'unverifiedAmendments nối bằng dấu phẩy', 'unverifiedAmendments joined by commas'),
    },
  },
  requirement: {
    vi: 'Một yêu cầu của kế hoạch cấp trên và điều kế hoạch đặt ra cho nó',
    en: 'A requirement of the parent plan and what the plan sets against it',
    fields: {
      id: f('string', '', 'Mã yêu cầu', 'Requirement id'),
      title: f('string', '', 'Tên yêu cầu', 'Requirement title'),
      kind: f('string', '', 'target hoặc task', 'target or task'),
      sourceRef: f('string', '', 'Văn bản cấp trên', 'The parent document'),
      confirmed: f('boolean', '', 'Đã xác nhận (độ tin cậy khác I)', 'Confirmed (confidence other than I)'),
      evidence: f('string', '', 'Nơi tìm thấy yêu cầu', 'Where the requirement was found'),
      pointer: f('string', '', 'Chỉ tiêu hoặc nhiệm vụ tương ứng trong kế hoạch', 'The matching target or task in the plan'),
      metric: f('string', '', 'Chỉ số (yêu cầu loại target)', 'Metric (target requirements)'),
      floor: f('number', '', 'Mức tối thiểu cấp trên giao', 'Floor the parent sets'),
      hasTarget: f('boolean', '', 'Kế hoạch có chỉ tiêu cùng chỉ số', 'The plan sets a target of the metric'),
      planValue: f('number', '', 'Mức thấp nhất kế hoạch đặt', 'Lowest value the plan sets'),
      where: f('string', '', 'Nơi đặt chỉ tiêu đó', 'Where that target is'),
      taskId: f('string', '', 'Nhiệm vụ tương ứng', 'The matching task'),
      explicit: f('boolean', '', 'Có nhiệm vụ ghi implements yêu cầu này', 'A task names it in implements'),
      covered: f('boolean', '', 'Có nhiệm vụ thực hiện (ghi rõ hoặc đề xuất)', 'A task carries it out (named or proposed)'),
      implementedBy: f('string', '', 'Các nhiệm vụ ghi implements', 'Tasks naming it in implements'),
      proposed: f('string', '', 'Các nhiệm vụ đề xuất theo chỉ số và câu chữ', 'Tasks proposed by metric and wording'),
      taskDeadline: f('string', '', 'Thời hạn của nhiệm vụ như in', "The task's deadline as printed"),
      deadline: f('string', '', 'Thời hạn cấp trên như ghi', "The parent's deadline as written"),
      deadlineDue: f('date', '', 'Hạn của cấp trên', "The parent's due date"),
      deadlineVn: f('string', '', 'deadlineDue (dd/mm/yyyy)', 'deadlineDue as dd/mm/yyyy'),
      taskDue: f('date', '', 'Hạn của nhiệm vụ', "The task's due date"),
      taskDueVn: f('string', '', 'taskDue (dd/mm/yyyy)', 'taskDue as dd/mm/yyyy'),
    },
  },
  title: {
    vi: 'Tên kế hoạch in ở một nơi ngoài tên Quyết định',
    en: "The plan's title where printed besides the decision's",
    fields: {
      field: f('string', '', 'article1, plan hoặc appendix', 'article1, plan or appendix'),
      fieldVi: f('string', '', 'Nơi in (tiếng Việt)', 'Where printed (Vietnamese)'),
      fieldEn: f('string', '', 'Nơi in (tiếng Anh)', 'Where printed'),
      text: f('string', '', 'Tên như in', 'The title as printed'),
      reference: f('string', '', 'Tên Quyết định dùng để so', "The decision's title compared with"),
      complete: f('boolean', '', 'Có đủ các từ của tên Quyết định, theo thứ tự', "Carries the decision title's words in order"),
      missing: f('string', '', 'Từ đầu tiên bị thiếu', 'The first word missing'),
      after: f('string', '', 'Từ đứng trước từ bị thiếu', 'The word before it'),
      localityOk: f('boolean', '', 'Có tên địa phương', 'Names the locality'),
      locality: f('string', '', 'Tên địa phương (plan.issuer.locality)', 'The locality'),
    },
  },
  mention: {
    vi: 'Một từ hoặc cụm từ tìm thấy trong lời văn (viết tắt, lặp từ, lỗi chính tả, tên cấp huyện)',
    en: 'A word or phrase found in the prose (abbreviation, repeat, misspelling, district name)',
    fields: {
      text: f('string', '', 'Từ như in', 'The words as printed'),
      taskId: f('string', '', 'Nhiệm vụ chứa từ', 'The task it is in'),
      kind: f('string', '', 'abbreviation, misspelling, repeat hoặc district', 'abbreviation, misspelling, repeat or district'),
      term: f('string', '', 'Chữ viết tắt', 'The abbreviation'),
      expansion: f('string', '', 'Dạng đầy đủ của chữ viết tắt', 'What it stands for'),
      defined: f('boolean', '', 'Chữ viết tắt được giải nghĩa ở lần dùng đầu', 'The abbreviation is spelt out at first use'),
      suggestion: f('string', '', 'Cách viết đúng', 'The right spelling'),
      knownMisspelling: f('boolean', '', 'Lỗi chính tả có trong danh sách', 'A listed misspelling'),
      words: f('string', '', 'Các từ bị lặp', 'The repeated words'),
      allowed: f('boolean', '', 'Lặp từ được phép (repeatAllowed)', 'An allowed repeat (repeatAllowed)'),
      historical: f('boolean', '', 'Tên cấp huyện dùng để chỉ thời trước sắp xếp', 'A district name used of the time before the reform'),
    },
  },
} as const satisfies Record<string, FactTable>;

export type FactName = keyof typeof FACTS;

/** Facts every subject carries besides its own. */
export const COMMON_FACTS = ['plan', 'context', 'data'] as const satisfies readonly FactName[];

export interface SubjectTable {
  vi: string;
  en: string;
  /** The fact that holds the subject itself. */
  fact: FactName;
  /** Further facts the subject carries (besides COMMON_FACTS). */
  with: readonly FactName[];
  /** Where the subject is in the plan file. */
  at: string;
}

/** Every kind of subject a rule may apply to (`applies_to`), in the order they are documented. */
export const SUBJECTS = {
  plan: { vi: 'Cả kế hoạch, một lần', en: 'The plan, once', fact: 'plan', with: [], at: '' },
  task: { vi: 'Mỗi nhiệm vụ', en: 'Each task', fact: 'task', with: [], at: '/tasks/{i}' },
  target: {
    vi: 'Mỗi chỉ tiêu (task: nhiệm vụ mang chỉ tiêu, nếu có)',
    en: 'Each target (task: the task carrying it, if any)',
    fact: 'target',
    with: ['task'],
    at: '/targets/{i}, /tasks/{i}/targets/{j}',
  },
  'unit-ref': {
    vi: 'Mỗi đơn vị chủ trì, phối hợp',
    en: 'Each lead or partner unit',
    fact: 'unitRef',
    with: ['task'],
    at: '/tasks/{i}/lead/{j}, /tasks/{i}/partners/{j}',
  },
  citation: { vi: 'Mỗi lần trích dẫn văn bản', en: 'Each citation of a document', fact: 'citation', with: [], at: '(text field)' },
  requirement: {
    vi: 'Mỗi yêu cầu của kế hoạch cấp trên',
    en: "Each of the parent plan's requirements",
    fact: 'requirement',
    with: [],
    at: '(matching target or task, else /tasks)',
  },
  title: {
    vi: 'Mỗi nơi in tên kế hoạch',
    en: "Each place the plan's title is printed",
    fact: 'title',
    with: [],
    at: '/plan/titles/{field}',
  },
  mention: { vi: 'Mỗi từ, cụm từ tìm thấy', en: 'Each word or phrase found', fact: 'mention', with: [], at: '(text field)' },
} as const satisfies Record<string, SubjectTable>;

export type SubjectKind = keyof typeof SUBJECTS;

export const SUBJECT_KINDS = Object.keys(SUBJECTS) as SubjectKind[];

/** Facts a condition may name. */
export const FACT_NAMES: ReadonlySet<string> = new Set(Object.keys(FACTS));

/** The fact holding a subject of each kind. */
export const MAIN_FACT = Object.fromEntries(SUBJECT_KINDS.map((k) => [k, SUBJECTS[k].fact])) as Record<SubjectKind, FactName>;

/** The facts a rule of this kind may read. */
export function factsOf(kind: SubjectKind): FactName[] {
  return [...COMMON_FACTS, SUBJECTS[kind].fact, ...SUBJECTS[kind].with];
}

/**
 * Where each computed field of a subject's own fact is located in the plan file, relative to the
 * subject ("" the subject itself): "$.deadlineInfo.due" on a task is located at its "deadline".
 */
export const FIELD_SOURCES = Object.fromEntries(
  SUBJECT_KINDS.map((k) => {
    const fields = FACTS[SUBJECTS[k].fact].fields as Record<string, FactField>;
    return [k, Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.from ?? '']))];
  }),
) as Record<SubjectKind, Readonly<Record<string, string>>>;
