// Generates a synthetic national corpus: 3,321 commune-level plans derived from the example plans,
// with varied names, targets, tasks, citations and some real defects. Deterministic (seeded).
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const SYLLABLES = [
  'An',
  'Bình',
  'Cát',
  'Đông',
  'Hải',
  'Hòa',
  'Hưng',
  'Lạc',
  'Long',
  'Minh',
  'Nam',
  'Ninh',
  'Phú',
  'Quang',
  'Sơn',
  'Tân',
  'Thanh',
  'Thuận',
  'Tiên',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Đồng',
  'Kiến',
  'Lê',
  'Mỹ',
  'Nghĩa',
  'Phong',
  'Thủy',
];

export function makeCorpus(root, dir, count = 3321, seed = 20261122) {
  const stamp = join(dir, '.complete');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(count)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const bases = ['2026.yaml', 'ninh-giang-kstthc-2026.yaml', 'nam-do-son-cchc-2026.yaml'].map((f) => ({
    f,
    text: readFileSync(join(root, 'plans', f), 'utf8'),
  }));
  for (let i = 0; i < count; i++) {
    const base = bases[i % 3];
    const plan = parse(base.text);
    const type = i % 5 === 0 ? 'phường' : 'xã';
    const name = `${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i + 1}`;
    const old = plan.plan.issuer.locality;
    const swap = (v) => (typeof v === 'string' ? v.split(old).join(name) : v);
    const walk = (o) =>
      Array.isArray(o)
        ? o.map(walk)
        : o && typeof o === 'object'
          ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]))
          : swap(o);
    const p = walk(plan);
    p.plan.issuer.type = type;
    // targets: mostly at or above the floor, a few lowered (defect)
    for (const t of p.tasks)
      for (const g of t.targets ?? []) if (g.value < 100) g.value = rand() < 0.05 ? g.value - 5 : g.value + (rand() < 0.3 ? 5 : 0);
    // tasks: drop one now and then; a missing product now and then (defect)
    if (rand() < 0.2) p.tasks.splice(Math.floor(rand() * p.tasks.length), 1);
    if (rand() < 0.05) delete pick(p.tasks).product;
    // citations: an outdated decree now and then (defect)
    if (rand() < 0.03 && p.plan.legal_basis?.length)
      p.plan.legal_basis.push(
        'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
      );
    const sub = String(Math.floor(i / 100)).padStart(2, '0');
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(
      join(dir, sub, `plan-${String(i + 1).padStart(4, '0')}.yaml`),
      '# yaml-language-server: $schema=../../schema/plan.schema.json\n' + stringify(p, { lineWidth: 0 }),
    );
  }
  writeFileSync(stamp, String(count));
}
