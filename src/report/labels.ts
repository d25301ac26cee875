import type { CheckStatus, Lang, Severity, SubjectKind } from '../types.js';

/** Every fixed word of the reports, in both languages, in one place. */
export const LABELS = {
  vi: {
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as Record<Severity, string>,
    status: { pass: 'đạt', fail: 'không đạt', waived: 'được miễn trừ', 'not-applicable': 'không áp dụng' } as Record<CheckStatus, string>,
    subject: {
      plan: 'kế hoạch',
      task: 'nhiệm vụ',
      target: 'chỉ tiêu',
      'unit-ref': 'nhiệm vụ',
      citation: 'văn bản',
      requirement: 'yêu cầu',
      title: 'tên kế hoạch',
      mention: 'vị trí',
    } as Record<SubjectKind, string>,
    checklist: 'Danh mục kiểm tra',
    findings: 'Các vấn đề phát hiện',
    noFindings: 'Không phát hiện vấn đề nào.',
    rulesets: 'Bộ quy tắc',
    fix: 'Cách sửa',
    source: 'Căn cứ',
    evaluatedOn: (n: number) => `đã xét ${n}`,
    summary: 'Tổng kết',
    plan: 'Kế hoạch',
    asOf: 'Thời điểm xét',
    counts: (s: { error: number; warning: number; info: number; waivedFindings?: number }) =>
      `${s.error} lỗi, ${s.warning} cảnh báo, ${s.info} thông tin${s.waivedFindings ? `, ${s.waivedFindings} được miễn trừ` : ''}`,
    checks: (s: { pass: number; fail: number; waived: number; notApplicable: number }) =>
      `${s.pass} đạt, ${s.fail} không đạt, ${s.waived} miễn trừ, ${s.notApplicable} không áp dụng`,
    planNotRead: 'Không đọc được kế hoạch: các quy tắc nội dung chưa được kiểm tra.',
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    status: { pass: 'pass', fail: 'fail', waived: 'waived', 'not-applicable': 'not applicable' } as Record<CheckStatus, string>,
    subject: {
      plan: 'plan',
      task: 'task',
      target: 'target',
      'unit-ref': 'task',
      citation: 'document',
      requirement: 'requirement',
      title: 'title',
      mention: 'at',
    } as Record<SubjectKind, string>,
    checklist: 'Checklist',
    findings: 'Findings',
    noFindings: 'No findings.',
    rulesets: 'Rule sets',
    fix: 'Fix',
    source: 'Source',
    evaluatedOn: (n: number) => `checked ${n}`,
    summary: 'Summary',
    plan: 'Plan',
    asOf: 'As of',
    counts: (s: { error: number; warning: number; info: number; waivedFindings?: number }) =>
      `${s.error} errors, ${s.warning} warnings, ${s.info} info${s.waivedFindings ? `, ${s.waivedFindings} waived` : ''}`,
    checks: (s: { pass: number; fail: number; waived: number; notApplicable: number }) =>
      `${s.pass} passed, ${s.fail} failed, ${s.waived} waived, ${s.notApplicable} not applicable`,
    planNotRead: 'The plan could not be read: its content rules were not checked.',
  },
} as const;

export function labels(lang: Lang) {
  return LABELS[lang];
}
