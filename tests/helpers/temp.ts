import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder and a way to write files into it. */
export function tempDir(prefix = 'plan-check-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name: string, content: string | Buffer): string {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** A small valid plan, as YAML text. */
export const MINIMAL_PLAN = `plan:
  kind: kstthc
  year: 2026
  title: Kế hoạch kiểm soát thủ tục hành chính năm 2026
  issuer: { name: Ủy ban nhân dân xã Thử Nghiệm, level: commune, locality: Thử Nghiệm }
  document: { form: QĐ-UBND, number: null, date: null }
tasks:
  - id: "1"
    content: Xây dựng kế hoạch
    lead: [Trung tâm Phục vụ hành chính công]
    deadline: Quý II/2026
    product: Kế hoạch
`;
