import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT, sha } from './helpers/cli.js';
import { COMPILED_RULES_FILE, compiledEntry, type CompiledRules } from '../src/yaml/compiled-config.js';
import { buildCompiledRules, compiledKindOf, yamlFilesUnder } from '../src/tools/build-compiled-rules.js';
import { loadRuleSet, loadRuleSetFromYaml } from '../src/rules/load-ruleset.js';
import { loadRegistry } from '../src/legal/registry.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { check } from '../src/check.js';
import { PhraseVocabulary, type CompiledPhrases } from '../src/text/diacritics.js';
import { loadPhraseVocabulary } from '../src/rules/phrase-vocabulary.js';

const RULES = join(ROOT, 'rules');
const shipped = yamlFilesUnder(RULES).map((file) => ({ file, rel: relative(RULES, file), kind: compiledKindOf(relative(RULES, file)) }));

describe('rules compiled at build time', () => {
  it('every shipped rule set, registry file and vocabulary has a compiled form (npm run build)', () => {
    expect(shipped.map((s) => s.kind).sort()).toEqual(expect.arrayContaining(['registry', 'ruleset', 'vocabulary']));
    const missing = shipped.filter((s) => compiledEntry(s.kind, sha(s.file)) === undefined).map((s) => s.rel);
    expect(missing, 'rules changed since the last build: run npm run build').toEqual([]);
  });

  it("the compiled table is what the build makes of today's rules folder (a stale compile fails)", () => {
    const onDisk = JSON.parse(readFileSync(COMPILED_RULES_FILE, 'utf8')) as CompiledRules;
    const { table, skipped } = buildCompiledRules(RULES);
    expect(skipped).toEqual([]);
    expect(onDisk).toEqual(table);
  });

  it.each(shipped.filter((s) => s.kind === 'ruleset').map((s) => [s.rel, s.file]))(
    'rule set %s: compiled form equals the YAML-loaded form',
    (_rel, file) => {
      expect(loadRuleSet(file)).toStrictEqual(loadRuleSetFromYaml(file));
    },
  );

  it('the legal registry: compiled form equals the YAML-loaded form (documents, origins, hash)', () => {
    const compiled = loadRegistry(join(RULES, 'legal'));
    const yaml = loadRegistry(join(RULES, 'legal'), false);
    expect(compiled.docs.length).toBeGreaterThan(10);
    expect(compiled.docs).toStrictEqual(yaml.docs);
    expect(compiled.sha256).toBe(yaml.sha256);
  });

  it('the metric vocabulary: compiled form equals the YAML-loaded form', () => {
    expect(loadMetricVocabulary()).toStrictEqual(loadMetricVocabulary(undefined, false));
  });

  it('the phrase vocabulary: its index is compiled, and the vocabulary read with it answers as one built from the counts', () => {
    const file = join(RULES, 'vocabulary', 'phrases.json');
    const index = compiledEntry<CompiledPhrases>('phrases', sha(file));
    expect(index, 'rules/vocabulary/phrases.json changed since the last build: run npm run build').toBeDefined();
    const pairs = (JSON.parse(readFileSync(file, 'utf8')) as { pairs: Record<string, number> }).pairs;
    const fromCounts = PhraseVocabulary.fromRecord(pairs);
    const fromIndex = loadPhraseVocabulary(file);
    expect(fromIndex.index()).toEqual(fromCounts.index());
    // known pairs, and pairs of the same letters with other diacritics (twins of known ones)
    const asked = [...Object.keys(pairs), 'kiếm soát', 'đơn đốc', 'phần đầu', 'nam 2026'];
    expect(new Map([...fromIndex.counts].sort())).toEqual(new Map([...fromCounts.counts].sort()));
    for (const p of asked) {
      expect(fromIndex.count(p)).toBe(fromCounts.count(p));
      expect(fromIndex.twins(p), p).toEqual(fromCounts.twins(p));
      expect(fromIndex.cohesion(p)).toBe(fromCounts.cohesion(p));
      const [a, b] = p.split(' ') as [string, string];
      expect(fromIndex.logNext(a, b)).toBe(fromCounts.logNext(a, b));
    }
  });

  it('parent rule-set discovery and provenance (file, SHA-256 of the file) are those of the YAML files', () => {
    const parents = new RuleSetCatalog().parents();
    expect(parents.map((p) => p.id)).toEqual(['hai-phong/2026-cchc', 'hai-phong/2026-kstthc']);
    for (const p of parents) {
      expect(p.file).toBe(join(RULES, `${p.id}.yaml`));
      expect(p.sha256).toBe(sha(p.file));
      expect(p).toStrictEqual(loadRuleSetFromYaml(p.file));
    }
  });

  it('an edited rule message in a copied rules folder is honoured, the unedited files still compiled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-check-rules-'));
    cpSync(RULES, dir, { recursive: true });
    const drafting = join(dir, 'core', 'drafting.yaml');
    const text = readFileSync(drafting, 'utf8');
    expect(text).toContain('vi: "Lặp từ \\"{{mention.text}}\\""');
    writeFileSync(drafting, text.replace('vi: "Lặp từ \\"{{mention.text}}\\""', 'vi: "Từ bị lặp (sửa) \\"{{mention.text}}\\""'));
    expect(compiledEntry('ruleset', sha(drafting))).toBeUndefined();
    expect(compiledEntry('ruleset', sha(join(dir, 'core', 'tasks.yaml')))).toBeDefined();
    const report = await check([join(ROOT, 'plans', '2026.yaml')], { rulesDir: dir, asOf: '2026-06-01' });
    const repeated = report.files[0]!.findings.filter((f) => f.ruleId === 'no-repeated-words');
    expect(repeated.length).toBeGreaterThan(0);
    for (const f of repeated) expect(f.message).toMatch(/^Từ bị lặp \(sửa\) "/);
    const rs = new RuleSetCatalog(dir).always().find((r) => r.id === loadRuleSet(drafting).id)!;
    expect(rs.file).toBe(drafting);
    expect(rs.sha256).toBe(sha(drafting));
  });
});

/** A copy of the built tool (dist, package.json, schema, rules, templates) to run as a user would. */
function installCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-check-install-'));
  for (const f of ['dist', 'schema', 'rules', 'templates', 'package.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * One copy for the tests below (11 MB; ~0.15 s of CPU a copy): each edits its rules or its compiled
 * table, both put back as built after the test.
 */
let installed: string | undefined;
const sharedCopy = () => (installed ??= installCopy());
afterEach(() => {
  if (!installed) return;
  for (const f of ['rules', join('dist', 'generated')]) cpSync(join(ROOT, f), join(installed, f), { recursive: true });
});
afterAll(() => {
  if (installed) rmSync(installed, { recursive: true, force: true });
});

function runCopy(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, 'dist', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const messagesOf = (out: string, ruleId: string): string[] =>
  (JSON.parse(out) as { files: { findings: { ruleId: string; message: string }[] }[] }).files[0]!.findings.filter(
    (f) => f.ruleId === ruleId,
  ).map((f) => f.message);

describe('the built tool with its compiled rules', () => {
  it('a shipped rules file edited after the build is read from its YAML (CLI)', () => {
    const dir = sharedCopy();
    const drafting = join(dir, 'rules', 'core', 'drafting.yaml');
    writeFileSync(
      drafting,
      readFileSync(drafting, 'utf8').replace('vi: "Lặp từ \\"{{mention.text}}\\""', 'vi: "Từ bị lặp (sửa) \\"{{mention.text}}\\""'),
    );
    const r = runCopy(dir, ['plans/2026.yaml', '--as-of', '2026-06-01', '-f', 'json']);
    expect(r.err).toBe('');
    const messages = messagesOf(r.out, 'no-repeated-words');
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^Từ bị lặp \(sửa\) "/);
  });

  it('an unedited shipped rule set is taken from the compiled table, not re-read from YAML', () => {
    const dir = sharedCopy();
    const table = join(dir, 'dist', 'generated', 'rules.json');
    const drafting = sha(join(dir, 'rules', 'core', 'drafting.yaml'));
    const t = JSON.parse(readFileSync(table, 'utf8')) as CompiledRules;
    t.entries.ruleset[drafting] = t.entries.ruleset[drafting]!.replace(
      'Lặp từ \\"{{mention.text}}\\"',
      'TỪ BẢNG BIÊN DỊCH \\"{{mention.text}}\\"',
    );
    writeFileSync(table, JSON.stringify(t));
    const r = runCopy(dir, ['plans/2026.yaml', '--as-of', '2026-06-01', '-f', 'json']);
    for (const m of messagesOf(r.out, 'no-repeated-words')) expect(m).toMatch(/^TỪ BẢNG BIÊN DỊCH "/);
    // A table made for other schemas, operators or facts is ignored whole.
    writeFileSync(table, JSON.stringify({ ...t, fingerprint: 'another build' }));
    const again = runCopy(dir, ['plans/2026.yaml', '--as-of', '2026-06-01', '-f', 'json']);
    for (const m of messagesOf(again.out, 'no-repeated-words')) expect(m).toMatch(/^Lặp từ "/);
  });

  it('an edited registry file is read from its YAML (registry command)', () => {
    const dir = sharedCopy();
    const other = join(dir, 'rules', 'legal', 'other.yaml');
    const text = readFileSync(other, 'utf8');
    writeFileSync(other, text.replace(/^(documents:\n)/m, '$1  # a comment line moves every entry down one line\n'));
    const r = runCopy(dir, ['registry', '72/2025/QH15', '--as-of', '2026-06-01', '--json']);
    const origin = (JSON.parse(r.out) as { documents: { origin: string }[] }).documents[0]!.origin;
    const line = text.split('\n').findIndex((l) => l.includes('ref: 72/2025/QH15')) + 1;
    expect(origin).toBe(`${other}:${line + 1}`);
  });

  it('a broken edit of a shipped rule set stops the run with its position, as before', () => {
    const dir = sharedCopy();
    const tasks = join(dir, 'rules', 'core', 'tasks.yaml');
    const lines = readFileSync(tasks, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('operator: nonEmptyList'));
    lines[at] = lines[at]!.replace('operator: nonEmptyList', 'operator: noSuchOperator');
    writeFileSync(tasks, lines.join('\n'));
    const r = runCopy(dir, ['plans/2026.yaml', '--as-of', '2026-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${tasks}:${at + 1}:`);
    expect(r.err).toContain('Unknown operator "noSuchOperator"');
  });
});
