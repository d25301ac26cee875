import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, run, sha } from './helpers/cli.js';
import { tempDir, MINIMAL_PLAN } from './helpers/temp.js';
import { systemTools } from './helpers/system-tools.js';
import { pdfWords, wordsOnly } from './helpers/pdf-words.js';
import { annexFile, importFile, renderFile, semanticChanges } from './helpers/rendered-docx.js';
import { planDocument } from '../src/render/plan-document.js';
import type { PlanData } from '../src/plan/plan-types.js';

/**
 * The command line renders and imports once each (the document to be signed, and LibreOffice's
 * re-saved copy); the other round trips run the same steps in process (tests/helpers/rendered-docx.ts),
 * whose output is checked to be byte for byte the command's.
 */
const t = tempDir();
const office = systemTools('soffice', 'pdftotext', 'pdfinfo');
const PLANS = ['plans/2026.yaml', 'plans/ninh-giang-kstthc-2026.yaml', 'plans/nam-do-son-cchc-2026.yaml'];
const tasksOf = (plan: string) => (parse(readFileSync(join(ROOT, plan), 'utf8')) as PlanData).tasks.length;

describe('plan-check render, then import: the same plan comes back', () => {
  for (const plan of PLANS) {
    it(`${plan}: render → import has no semantic change`, async () => {
      const name = plan.replace(/^plans\/|\.yaml$/g, '');
      const docx = join(t.dir, `${name}.docx`);
      const before = sha(join(ROOT, plan));
      await renderFile(join(ROOT, plan), docx);
      expect(sha(join(ROOT, plan))).toBe(before);
      const back = join(t.dir, `${name}.yaml`);
      expect(await importFile(docx, back)).toEqual({ tasks: tasksOf(plan), unplaced: 0 });
      expect(await semanticChanges(join(ROOT, plan), back)).toEqual([]);
    });
  }

  it('keeps the parent-requirement links of a plan made by init (as a document property)', async () => {
    const made = join(t.dir, 'init.yaml');
    expect(run(['init', '--ruleset', 'hai-phong/2026-kstthc', '--unit', 'xã Ninh Giang', '--as-of', '2026-11-22', '-o', made]).code).toBe(
      0,
    );
    const docx = join(t.dir, 'init.docx');
    await renderFile(made, docx);
    const back = join(t.dir, 'init-back.yaml');
    await importFile(docx, back);
    expect(await semanticChanges(made, back)).toEqual([]);
    const implemented = parse(readFileSync(back, 'utf8')).tasks.flatMap((x: { implements?: string[] }) => x.implements ?? []);
    expect(implemented).toContain('HP-714/inspection');
    expect(implemented).toHaveLength(26);
  });
});

describe('plan-check render: the document to be signed', () => {
  const docx = join(t.dir, 'ke-hoach.docx');
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    r = run(['render', 'plans/2026.yaml', '-o', docx]);
  });
  const xml = () => strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
  const text = () =>
    xml()
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:br\/>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"');

  it('lays out decision, plan and appendix as Nghị định 30/2020 asks', () => {
    expect(r.code).toBe(0);
    const s = text();
    const order = [
      'ỦY BAN NHÂN DÂN\nPHƯỜNG NAM ĐỒ SƠN',
      'Số:',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nam Đồ Sơn, ngày tháng năm 2026',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỒ SƠN',
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      'Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công phường.',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Điều 3.',
      'Nơi nhận:',
      '- Như Điều 3;',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Đức Anh',
      'KẾ HOẠCH',
      '(Kèm theo Quyết định số',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Phụ lục',
      'Thời hạn hoàn thành',
      'Nhiệm vụ xây dựng và hoàn thiện thể chế',
    ];
    let at = -1;
    for (const piece of order) {
      const next = s.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    expect(s).toMatch(/Số: +\/QĐ-UBND/);
    const x = xml();
    expect(x).toContain('w:ascii="Times New Roman"');
    expect(x).toContain('<w:tblHeader/>');
    expect(x).toMatch(/w:w="11906" w:h="16838"/); // A4 portrait for the decision and the plan
    expect(x).toMatch(/w:orient="landscape"/); // the appendix
  });

  it('is byte-identical when rendered again (in process: the same steps as the command, the same bytes)', async () => {
    const again = join(t.dir, 'again.docx');
    await renderFile(join(ROOT, 'plans/2026.yaml'), again);
    expect(sha(again)).toBe(sha(docx));
  });

  it.skipIf(office.skip)(
    'opens in LibreOffice: portrait pages, then landscape appendix pages holding the tasks; saved again by LibreOffice it imports the same',
    async () => {
      const soffice = office.path.soffice;
      const profile = `-env:UserInstallation=file://${t.dir}/lo-profile`;
      // One LibreOffice run converts both Word files the project writes: this plan, and the
      // compliance annex (annex.test.ts checks the annex's content and that the command writes these bytes).
      const annex = join(t.dir, 'phu-luc.docx');
      await annexFile('plans/2026.yaml', annex, '2026-11-22');
      execFileSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', t.dir, docx, annex], {
        stdio: 'pipe',
        timeout: 180_000,
      });
      const pdf = join(t.dir, 'ke-hoach.pdf');
      const info = execFileSync(office.path.pdfinfo, ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)]
        .map((m) => (Number(m[1]) < Number(m[2]) ? 'P' : 'L'))
        .join('');
      expect(sizes).toMatch(/^P{3,}L{2,}$/);
      const words = pdfWords(office.path.pdftotext, pdf);
      expect(words).toContain(wordsOnly('QUYẾT ĐỊNH'));
      expect(words).toContain(wordsOnly('Áp dụng các giải pháp đảm bảo an toàn thông tin'));
      // The compliance annex converts without error (annex.test.ts, "converts with LibreOffice").
      expect(readFileSync(join(t.dir, 'phu-luc.pdf')).subarray(0, 4).toString()).toBe('%PDF');
      // Saved again by another writer (LibreOffice's own .docx), it still imports to the same plan.
      const resaved = join(t.dir, 'resaved');
      execFileSync(soffice, [profile, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, docx], {
        stdio: 'pipe',
        timeout: 180_000,
      });
      const back = join(t.dir, 'resaved.yaml');
      expect(run(['import', join(resaved, 'ke-hoach.docx'), '-o', back]).code).toBe(0);
      expect(await semanticChanges(join(ROOT, 'plans/2026.yaml'), back)).toEqual([]);
    },
    300_000,
  );

  it('writes the usual articles for a plan without decision text, and a blank number and date', () => {
    const plan = parse(MINIMAL_PLAN) as PlanData;
    const d = planDocument(plan);
    expect(d.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(d.articles[0]!.text).toBe('Ban hành kèm theo Quyết định này Kế hoạch kiểm soát thủ tục hành chính năm 2026.');
    expect(d.numberLine).toMatch(/^Số: +\/QĐ-UBND$/);
    expect(d.dateLine).toMatch(/^Thử Nghiệm, ngày +tháng +năm 2026$/);
    expect(d.signer.capacityLines).toEqual(['CHỦ TỊCH']);
    expect(d.appendixRows).toEqual([
      { kind: 'task', stt: '1', cells: ['Xây dựng kế hoạch', ['Trung tâm Phục vụ hành chính công'], [], 'Quý II/2026', 'Kế hoạch'] },
    ]);
  });

  it('refuses an invalid plan with its located errors, and never overwrites without --force', () => {
    const bad = t.write('bad.yaml', 'plan:\n  kind: kstthc\ntasks: 3\n');
    const out = join(t.dir, 'bad.docx');
    const r2 = run(['render', bad, '-o', out]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(new RegExp(`${bad}:\\d+:\\d+: `));
    expect(existsSync(out)).toBe(false);
    const keep = t.write('keep.docx', 'giữ');
    expect(run(['render', 'plans/2026.yaml', '-o', keep]).code).toBe(2);
    expect(readFileSync(keep, 'utf8')).toBe('giữ');
    expect(run(['render', 'plans/2026.yaml', '-o', join(t.dir, 'x.pdf')]).code).toBe(2);
  });
});
