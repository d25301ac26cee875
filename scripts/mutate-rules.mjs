// Mutation testing of the rule sets (npm run mutate:rules): rules/ is YAML data, which StrykerJS
// cannot mutate, so this script plants the bugs a rule author could make, one at a time, into the
// loaded rule sets and runs the in-process rule tests against each:
//   - a comparison flipped: >= to >, > to >=, <= to <, < to <= (greaterThanInclusive ...); the date
//     comparisons (dateOnOrBefore, dateOnOrAfter) made strict (the same comparison and notEqual);
//   - a threshold moved by one unit: a number in a condition or a requirement's target by ±1, a date
//     in a condition by ±1 day;
//   - one condition of an all / any (of conditions or when) dropped, one `where` field dropped;
//   - a `not` removed;
//   - the severity changed (error -> warning, warning -> error, info -> warning);
//   - a fact path changed to another path the rule set reads on the same fact.
// The tests are those of tests/rules.test.ts (valid, invalid with its marked lines and columns, the
// English report) and tests/boundary-fixtures.test.ts (each boundary fixture applies the rule and
// passes it), with the same assertions, plus tests/fixtures/rule-mutants.json (rule-mutants.test.ts).
// A mutant is killed when one of them fails. The rule sets are injected in process (the catalog's
// loader answers with the mutated copy): no rebuild, no file written.
//
// Needs a current build (npm run build): it runs dist/.
//   node scripts/mutate-rules.mjs                  every rule set; prints killed / survived / score
//   node scripts/mutate-rules.mjs --rule <id>      the mutants of one rule only
//   node scripts/mutate-rules.mjs --json <file>    also writes every mutant and its outcome
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(ROOT, 'dist', p));
const { RuleSetCatalog } = await dist('rules/discover.js');
const { checkFixture, expectedMarks, fixtureOptions } = await dist('tools/rules-test.js');
const { check } = await dist('check.js');

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'rules');
const EXPECTATIONS = join(ROOT, 'tests', 'fixtures', 'rule-mutants.json');
const AS_OF = '2026-03-10';

const args = process.argv.slice(2);
const argOf = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlyRule = argOf('--rule');
const jsonOut = argOf('--json');

// ------------------------------------------------------------------ mutants

const FLIP = {
  greaterThanInclusive: 'greaterThan',
  greaterThan: 'greaterThanInclusive',
  lessThanInclusive: 'lessThan',
  lessThan: 'lessThanInclusive',
};
const DATE_ORDERED = new Set(['dateOnOrBefore', 'dateOnOrAfter']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEVERITY = { error: 'warning', warning: 'error', info: 'warning' };

const clone = (x) => globalThis.structuredClone(x);
const shiftDay = (iso, days) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Every leaf condition's path, by fact, in a rule set. */
function pathsByFact(rs) {
  const out = new Map();
  const walk = (c) => {
    if (!c || typeof c !== 'object') return;
    if ('all' in c) return c.all.forEach(walk);
    if ('any' in c) return c.any.forEach(walk);
    if ('not' in c) return walk(c.not);
    if (c.path) out.set(c.fact, new Set([...(out.get(c.fact) ?? []), c.path]));
  };
  for (const r of rs.rules) [r.conditions, r.when].forEach(walk);
  return out;
}

/**
 * The mutants of one condition tree: [description, replace] pairs, where replace(tree) returns the
 * mutated copy of the tree.
 */
function conditionMutants(tree, label, paths) {
  const out = [];
  const visit = (node, at, set) => {
    if ('all' in node || 'any' in node) {
      const k = 'all' in node ? 'all' : 'any';
      const list = node[k];
      if (list.length >= 2)
        list.forEach((child, i) =>
          out.push([
            `${label}${at}: ${k} without its condition ${i + 1} (${brief(child)})`,
            () => set({ [k]: list.filter((_, j) => j !== i) }),
          ]),
        );
      list.forEach((child, i) => visit(child, `${at}/${k}[${i}]`, (c) => set({ ...node, [k]: list.map((x, j) => (j === i ? c : x)) })));
      return;
    }
    if ('not' in node) {
      out.push([`${label}${at}: not removed`, () => set(node.not)]);
      visit(node.not, `${at}/not`, (c) => set({ ...node, not: c }));
      return;
    }
    const leaf = `${label}${at} ${brief(node)}`;
    if (FLIP[node.operator])
      out.push([`${leaf}: ${node.operator} -> ${FLIP[node.operator]}`, () => set({ ...node, operator: FLIP[node.operator] })]);
    if (DATE_ORDERED.has(node.operator))
      out.push([
        `${leaf}: ${node.operator} made strict`,
        () => set({ all: [node, { fact: node.fact, ...(node.path ? { path: node.path } : {}), operator: 'notEqual', value: node.value }] }),
      ]);
    if (typeof node.value === 'number' && node.operator !== 'equal' && node.operator !== 'notEqual')
      for (const d of [1, -1])
        out.push([`${leaf}: value ${node.value} -> ${node.value + d}`, () => set({ ...node, value: node.value + d })]);
    if (typeof node.value === 'string' && ISO_DATE.test(node.value))
      for (const d of [1, -1])
        out.push([`${leaf}: value ${node.value} -> ${shiftDay(node.value, d)}`, () => set({ ...node, value: shiftDay(node.value, d) })]);
    if (node.path) {
      const other = [...(paths.get(node.fact) ?? [])].filter((p) => p !== node.path).sort()[0];
      if (other) out.push([`${leaf}: path ${node.path} -> ${other}`, () => set({ ...node, path: other })]);
    }
  };
  let result;
  visit(tree, '', (c) => (result = c));
  // each mutant re-runs the visit's setter chain: collect the setters, then apply one at a time
  return out.map(([desc, apply]) => [
    desc,
    () => {
      result = undefined;
      apply();
      return result;
    },
  ]);
}

function brief(c) {
  if (c.all) return `all(${c.all.length})`;
  if (c.any) return `any(${c.any.length})`;
  if (c.not) return 'not(…)';
  const v = typeof c.value === 'object' && c.value !== null ? JSON.stringify(c.value) : String(c.value);
  return `${c.fact}${c.path ? ' ' + c.path : ''} ${c.operator} ${v.length > 30 ? v.slice(0, 27) + '…' : v}`;
}

/** Every mutant of a rule set: { ruleset, rule, description, make() -> mutated rule set }. */
function mutantsOf(rs) {
  const paths = pathsByFact(rs);
  const out = [];
  const withRule = (i, f) => {
    const copy = clone(rs);
    copy.rules[i] = f(copy.rules[i]);
    return copy;
  };
  rs.rules.forEach((rule, i) => {
    if (onlyRule && rule.id !== onlyRule) return;
    const add = (description, make) => out.push({ ruleset: rs.id, rule: rule.id, description, make });
    if (SEVERITY[rule.severity])
      add(`severity ${rule.severity} -> ${SEVERITY[rule.severity]}`, () => withRule(i, (r) => ({ ...r, severity: SEVERITY[r.severity] })));
    for (const part of ['conditions', 'when']) {
      if (!rule[part]) continue;
      for (const [description, mutate] of conditionMutants(rule[part], part, paths))
        add(description, () => withRule(i, (r) => ({ ...r, [part]: mutate() })));
    }
    for (const key of Object.keys(rule.where ?? {}))
      add(`where without ${key}`, () =>
        withRule(i, (r) => {
          const where = { ...r.where };
          delete where[key];
          return { ...r, where };
        }),
      );
  });
  // thresholds of a parent plan's requirements (read by the rules through facts)
  if (!onlyRule)
    (rs.requirements ?? []).forEach((req, i) => {
      const t = req.target;
      if (!t || typeof t !== 'object') return;
      for (const [k, v] of Object.entries(t)) {
        if (typeof v !== 'number') continue;
        for (const d of [1, -1])
          out.push({
            ruleset: rs.id,
            rule: `requirement ${req.id}`,
            description: `target.${k} ${v} -> ${v + d}`,
            make: () => {
              const copy = clone(rs);
              copy.requirements[i] = { ...req, target: { ...t, [k]: v + d } };
              return copy;
            },
          });
      }
    });
  return out;
}

/**
 * Mutants that cannot change a result, left out of the score (listed as equivalent): rule id, the
 * mutant's description, and why.
 */
const EQUIVALENT = [
  [
    'signing-signer',
    'conditions: all without its condition 2 (plan $.plan.document.signer.capacity present true)',
    'the plan schema requires signer.capacity (one of TM, KT, Q, TL, TUQ, none): without it the plan stops at plan-schema and no rule runs',
  ],
];
EQUIVALENT.push(
  [
    'parent-target-floor',
    'where without kind',
    "only a target requirement has hasTarget (src/engine/subjects/requirement-subjects.ts): the rule's `when` leaves out every other kind",
  ],
  [
    'parent-task-deadline',
    'where without kind',
    "only a task requirement has deadlineDue and taskDue: the rule's `when` leaves out every other kind",
  ],
);
const equivalent = (m) => EQUIVALENT.find(([rule, description]) => rule === m.rule && description === m.description)?.[2];

// ------------------------------------------------------------------ injection

/** The rule set the catalog answers for a file: the mutant's, else the file's own. */
const injected = new Map();
const load = RuleSetCatalog.prototype.load;
if (typeof load !== 'function') throw new Error('RuleSetCatalog.load is gone: update scripts/mutate-rules.mjs');
RuleSetCatalog.prototype.load = function (file) {
  return injected.get(file) ?? load.call(this, file);
};

// ------------------------------------------------------------------ the tests

/** The tests of one rule's fixture folder; each returns a failure message or undefined. */
function fixtureTests(ruleId) {
  const dir = join(FIXTURES, ruleId);
  const opts = { asOf: AS_OF, ...fixtureOptions(dir) };
  const tests = [];
  if (existsSync(join(dir, 'valid.yaml')))
    tests.push([
      `${ruleId}/valid.yaml`,
      async () => {
        const file = (await checkFixture(join(dir, 'valid.yaml'), opts)).files[0];
        if (file.findings.some((f) => f.severity === 'error' && f.ruleId.startsWith('yaml'))) return 'yaml error';
        if (file.findings.some((f) => f.ruleId === ruleId)) return 'finding on the valid fixture';
        const c = file.checks.find((k) => k.ruleId === ruleId);
        if (c) return c.status === 'pass' ? undefined : `check ${c.status}`;
        const bad = file.checks.filter((k) => k.ruleId.includes('/') && k.status !== 'pass');
        return bad.length ? `parent checks ${bad.map((k) => k.ruleId).join(', ')}` : undefined;
      },
    ]);
  if (existsSync(join(dir, 'invalid.yaml'))) {
    const invalid = join(dir, 'invalid.yaml');
    tests.push([
      `${ruleId}/invalid.yaml`,
      async () => {
        const report = await checkFixture(invalid, opts);
        const found = report.files[0].findings.filter((f) => f.ruleId === ruleId);
        const got = found.map((f) => `${f.location.line}:${f.location.column}`).join(',');
        const want = expectedMarks(invalid)
          .map((m) => `${m.line}:${m.column}`)
          .join(',');
        if (got !== want) return `marks ${want}, got ${got || '—'}`;
        for (const f of found) if (/\{\{|undefined/.test(f.message) || !f.fix || !f.subject?.id) return 'finding incomplete';
        const own = report.files[0].checks.find((k) => k.ruleId === ruleId);
        const holders = own ? [own] : report.files[0].checks.filter((k) => k.findings.some((f) => f.ruleId === ruleId));
        if (!holders.length) return 'no check holds the findings';
        const want2 = !own && found[0].severity === 'info' ? 'pass' : 'fail';
        return holders.every((h) => h.status === want2) ? undefined : `check status not ${want2}`;
      },
    ]);
    tests.push([
      `${ruleId}/invalid.yaml --lang en`,
      async () => {
        const en = (await checkFixture(invalid, { ...opts, lang: 'en' })).files[0].findings.filter((f) => f.ruleId === ruleId);
        return en.some((f) => /\{\{|undefined/.test(f.message)) ? 'English message incomplete' : undefined;
      },
    ]);
  }
  if (existsSync(join(dir, 'boundary.yaml')))
    tests.push([
      `${ruleId}/boundary.yaml`,
      async () => {
        const file = (await check([join(dir, 'boundary.yaml')], opts)).files[0];
        const bad = file.findings.filter((f) => f.ruleId === ruleId || f.ruleId === 'plan-schema' || f.ruleId.startsWith('yaml'));
        if (bad.length) return `${bad.length} finding(s) at the bound`;
        const own = file.checks.find((c) => c.ruleId === ruleId);
        return own && own.status !== 'pass' ? `check ${own.status}` : undefined;
      },
    ]);
  return tests;
}

/** tests/fixtures/rule-mutants.json: plans with the findings each rule must give (tests/rule-mutants.test.ts). */
function expectationTests() {
  if (!existsSync(EXPECTATIONS)) return [];
  const cases = JSON.parse(readFileSync(EXPECTATIONS, 'utf8')).cases;
  return cases.map((c) => [
    `rule-mutants.json ${c.plan} ${c.rule}`,
    async () => {
      const plan = join(ROOT, c.plan);
      const file = (await check([plan], { asOf: c.asOf ?? AS_OF, ...fixtureOptions(dirname(plan)) })).files[0];
      const got = file.findings
        .filter((f) => f.ruleId === c.rule)
        .map((f) => `${f.location.line}:${f.severity}`)
        .join(',');
      const want = c.findings.join(',');
      return got === want ? undefined : `want ${want || '—'}, got ${got || '—'}`;
    },
  ]);
}

const fixtureDirs = readdirSync(FIXTURES).sort();
const allTests = new Map(fixtureDirs.map((d) => [d, fixtureTests(d)]));
const extra = expectationTests();

/** The tests a mutant of `rule` meets: its own first (the likeliest to fail), then every other. */
function testsFor(rule) {
  const own = allTests.get(rule) ?? [];
  const ownExtra = extra.filter(([name]) => name.endsWith(' ' + rule));
  const others = [...allTests].filter(([d]) => d !== rule).flatMap(([, t]) => t.filter(([name]) => !name.endsWith('--lang en')));
  return [...own, ...ownExtra, ...extra.filter((t) => !ownExtra.includes(t)), ...others];
}

async function firstFailure(tests) {
  for (const [name, run] of tests) {
    let problem;
    try {
      problem = await run();
    } catch (err) {
      problem = `threw ${err?.message ?? err}`;
    }
    if (problem) return `${name}: ${problem}`;
  }
  return undefined;
}

// ------------------------------------------------------------------ run

const rulesets = new RuleSetCatalog().all();
const mutants = rulesets.flatMap(mutantsOf);
const started = process.cpuUsage();

const baseline = await firstFailure([...allTests.values()].flat().concat(extra));
if (baseline) throw new Error(`the tests fail without any mutant: ${baseline}`);

const results = [];
for (const [i, m] of mutants.entries()) {
  const why = equivalent(m);
  if (why) {
    results.push({ ruleset: m.ruleset, rule: m.rule, mutant: m.description, status: 'equivalent', why });
    continue;
  }
  const rs = rulesets.find((r) => r.id === m.ruleset);
  const mutated = m.make();
  mutated.sha256 = `${rs.sha256}:mutant-${i}`;
  injected.clear();
  injected.set(rs.file, mutated);
  const killedBy = await firstFailure(testsFor(m.rule));
  injected.clear();
  results.push({
    ruleset: m.ruleset,
    rule: m.rule,
    mutant: m.description,
    status: killedBy ? 'killed' : 'survived',
    ...(killedBy ? { killedBy } : {}),
  });
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${mutants.length}`);
  else if ((i + 1) % 50 === 0) console.error(`${i + 1}/${mutants.length} mutants`);
}
if (process.stderr.isTTY) process.stderr.write('\n');

const survived = results.filter((r) => r.status === 'survived');
const scored = results.filter((r) => r.status !== 'equivalent');
const killed = scored.length - survived.length;
const cpu = process.cpuUsage(started);
console.log('Survivors:');
for (const s of survived) console.log(`  ${s.ruleset} ${s.rule}: ${s.mutant}`);
for (const e of results.filter((r) => r.status === 'equivalent'))
  console.log(`  (equivalent) ${e.ruleset} ${e.rule}: ${e.mutant}: ${e.why}`);
console.log(
  `\nrules/: ${scored.length} mutants, ${killed} killed, ${survived.length} survived (${results.length - scored.length} equivalent, not counted)`,
);
console.log(`mutation score ${((100 * killed) / Math.max(scored.length, 1)).toFixed(1)} %`);
console.log(`(${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
for (const rs of rulesets) {
  const mine = scored.filter((r) => r.ruleset === rs.id);
  if (!mine.length) continue;
  const k = mine.filter((r) => r.status === 'killed').length;
  console.log(`  ${relative(ROOT, rs.file)}: ${k}/${mine.length} (${((100 * k) / mine.length).toFixed(1)} %)`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results }, null, 2) + '\n');
