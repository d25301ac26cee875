import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRuleSet, type EngineChoice } from '../src/engine/compile.js';
import { compileConditions } from '../src/engine/compiled-conditions.js';
import { evaluate, type RuleTally } from '../src/engine/evaluate.js';
import { parsePath, pathToPointer, resolvePath, resolveSegments } from '../src/engine/path.js';
import { renderMessage } from '../src/engine/render-message.js';
import { compileMessage, MESSAGE_COMPILE_OPTIONS, precompiledMessagesModule } from '../src/engine/message-templates.js';
import { createRequire } from 'node:module';
import type { Subject } from '../src/engine/subjects/subject.js';
import type { Condition, RuleDef, RuleSet } from '../src/rules/ruleset-types.js';

/**
 * The engine on small hand-made rule sets and subjects (no plan loaded): where a finding is placed,
 * what it says, which rules apply, and the compiled conditions against json-rules-engine on
 * conditions chosen for json-rules-engine's corners (priorities, decorators, errors). In process and
 * fast: the mutation run of src/engine (MUTATE_SCOPE=engine) leans on it.
 */

const locator = {
  locate: (pointer: string) => ({ file: 'f.yaml', pointer, line: 1, column: 1 }),
  locateSpan: (pointer: string, value: string, start: number, end: number) => ({
    file: 'f.yaml',
    pointer,
    line: 2,
    column: start + 1,
    endColumn: end + 1,
    text: value,
  }),
};

function rule(id: string, conditions: Condition, extra: Partial<RuleDef> = {}): RuleDef {
  return {
    id,
    title: { vi: 't', en: 't' },
    severity: 'error',
    applies_to: 'task',
    conditions,
    message: { vi: 'vi {{task.id}}:  {{actual}} /\n {{expected}} ', en: 'en {{task.id}}' },
    fix: { vi: 'sửa {{expected}}', en: 'fix {{expected}}' },
    source: { ref: 'rule source' },
    ...extra,
  } as RuleDef;
}

function ruleset(rules: RuleDef[], data: Record<string, unknown> = {}): RuleSet {
  return { id: 'rs', version: '1', title: { vi: 't', en: 't' }, file: 'x', sha256: '', data, requirements: [], rules };
}

function task(fields: Record<string, unknown>, extra: Partial<Subject> = {}): Subject {
  return {
    kind: 'task',
    id: typeof fields.id === 'string' ? fields.id : 't',
    mainFact: 'task',
    facts: { task: fields, plan: { text: 'abc Nghị định 1/2026 xyz', tasks: [{ 'a/b': { '~c': 'q' } }] }, context: { n: 3 } },
    factPointers: { task: '/tasks/0', plan: '', context: '/context' },
    fieldSources: { deadlineInfo: 'deadline', whole: '' },
    ...extra,
  };
}

const leaf = (path: string, operator: string, value: unknown, fact = 'task'): Condition => ({ fact, path, operator, value }) as Condition;

async function run(
  rules: RuleDef[],
  subjects: Subject[],
  engine: EngineChoice = 'compiled',
  lang: 'vi' | 'en' = 'vi',
): Promise<RuleTally[]> {
  return evaluate([compileRuleSet(ruleset(rules), engine)], subjects, locator, lang);
}

describe('evaluate: where a finding is and what it says', () => {
  for (const engine of ['compiled', 'reference'] as const) {
    it(`${engine}: the failing leaf's path under the subject's pointer, values and message filled`, async () => {
      const [t] = await run(
        [rule('r', { all: [leaf('$.ok', 'equal', true), leaf('$.n', 'greaterThanInclusive', 5)] })],
        [task({ id: 'A', ok: true, n: 4 })],
        engine,
      );
      const f = t!.findings[0]!;
      expect(f.location.pointer).toBe('/tasks/0/n');
      expect([f.actual, f.expected]).toEqual([4, 5]);
      expect(f.message).toBe('vi A: 4 / 5');
      expect(f.fix).toBe('sửa 5');
      expect(f.ruleId).toBe('r');
      expect(f.severity).toBe('error');
      expect(f.subject).toEqual({ kind: 'task', id: 'A' });
      expect(f.source).toEqual({ ref: 'rule source' });
      expect(f.audience).toBeUndefined();
      expect(t!.evaluated).toBe(1);
      expect([...t!.applicable]).toEqual(['A']);
    });

    it(`${engine}: English, drafter audience, the subject's own source`, async () => {
      const [t] = await run(
        [rule('r', { all: [leaf('$.n', 'equal', 1)] }, { audience: 'drafter', severity: 'info' })],
        [task({ id: 'B', n: 2 }, { source: { ref: 'subject source' } })],
        engine,
        'en',
      );
      const f = t!.findings[0]!;
      expect([f.message, f.fix, f.audience, f.severity, f.source]).toEqual(['en B', 'fix 1', 'drafter', 'info', { ref: 'subject source' }]);
    });
  }

  it('the first failing leaf in order, through nested all / any / not', async () => {
    const cond: Condition = {
      all: [leaf('$.a', 'equal', 1), { any: [leaf('$.b', 'equal', 1), { not: leaf('$.c', 'equal', 1) }] }, leaf('$.d', 'equal', 1)],
    } as Condition;
    const [t] = await run([rule('r', cond)], [task({ id: 'x', a: 1, b: 2, c: 1, d: 2 })]);
    // any fails: its first failing child is $.b (the not fails too, but after it)
    expect(t!.findings[0]!.location.pointer).toBe('/tasks/0/b');
    const [t2] = await run([rule('r', { not: leaf('$.c', 'equal', 1) } as Condition)], [task({ id: 'x', c: 1 })]);
    expect(t2!.findings[0]!.location.pointer).toBe('/tasks/0/c');
    expect(t2!.findings[0]!.actual).toBe(1);
  });

  it('a leaf on another fact is placed at that fact; a fact without a pointer at the subject', async () => {
    const [t] = await run([rule('r', { all: [leaf('$.n', 'equal', 4, 'context')] })], [task({ id: 'x' })]);
    expect(t!.findings[0]!.location.pointer).toBe('/context/n');
    const [t2] = await run([rule('r', { all: [leaf('$.k', 'equal', 4, 'data')] })], [task({ id: 'x' })]);
    expect(t2!.findings[0]!.location.pointer).toBe('/tasks/0');
  });

  it('computed fields map to their source field; "" to the subject; `locate` wins', async () => {
    const cases: [Partial<RuleDef>, Condition, string][] = [
      [{}, leaf('$.deadlineInfo.due', 'equal', 1), '/tasks/0/deadline'],
      [{}, leaf('$.whole.x', 'equal', 1), '/tasks/0'],
      [{}, leaf('$.list[2]', 'equal', 1), '/tasks/0/list/2'],
      [{ locate: '$.product' }, leaf('$.n', 'equal', 1), '/tasks/0/product'],
      [{ locate: '$.deadlineInfo' }, leaf('$.n', 'equal', 1), '/tasks/0/deadline'],
      [{ locate: '$' }, leaf('$.n', 'equal', 1), '/tasks/0'],
      [{}, { all: [{ fact: 'task', operator: 'equal', value: 1 }] } as Condition, '/tasks/0'],
    ];
    for (const [extra, cond, pointer] of cases) {
      const [t] = await run([rule('r', { all: [cond] } as Condition, extra)], [task({ id: 'x', n: 2 })]);
      expect(t!.findings[0]!.location.pointer, JSON.stringify([extra, cond])).toBe(pointer);
    }
  });

  it('a subject with a span is located by characters of its text; elsewhere by pointer', async () => {
    const subject: Subject = {
      kind: 'task',
      id: 's',
      mainFact: 'citation',
      facts: { citation: { n: 1 }, plan: { text: 'abc Nghị định 1/2026 xyz', 'a/b': { '~c': 'q' } } },
      factPointers: { citation: '/text', plan: '' },
      fieldSources: {},
      span: [4, 20],
    };
    const r = (cond: Condition) => rule('r', { all: [cond] } as Condition);
    const [t] = await run([r(leaf('$.n', 'equal', 2, 'citation')), { ...r(leaf('$', 'equal', 2, 'citation')), id: 'r2' }], [subject]);
    expect(t!.findings[0]!.location).toMatchObject({ pointer: '/text/n', line: 1 });
    // the failing leaf is the citation itself: the span's characters of plan.text
    const [, whole] = await run([r(leaf('$.n', 'equal', 2, 'citation')), { ...r(leaf('$', 'equal', 2, 'citation')), id: 'r2' }], [subject]);
    expect(whole!.findings[0]!.location).toEqual({
      file: 'f.yaml',
      pointer: '/text',
      line: 2,
      column: 5,
      endColumn: 21,
      text: 'abc Nghị định 1/2026 xyz',
    });
    // a pointer with escaped characters (~1 is /, ~0 is ~) is followed to its text
    const escaped = { ...subject, factPointers: { citation: '/a~1b/~0c', plan: '' }, span: [0, 1] as [number, number] };
    const [e] = await run([r(leaf('$', 'equal', 2, 'citation'))], [escaped]);
    expect(e!.findings[0]!.location).toMatchObject({ line: 2, text: 'q' });
    // no string there: by pointer
    const missing = { ...subject, factPointers: { citation: '/nothing/deeper', plan: '' } };
    const [m] = await run([r(leaf('$', 'equal', 2, 'citation'))], [missing]);
    expect(m!.findings[0]!.location).toMatchObject({ pointer: '/nothing/deeper', line: 1 });
  });

  it('lists are shown joined, objects as JSON; object values are not copied to actual / expected', async () => {
    const [t] = await run([rule('r', { all: [leaf('$.l', 'equal', 'z')] })], [task({ id: 'x', l: ['a', { b: 1 }, 3] })]);
    const f = t!.findings[0]!;
    expect(f.message).toBe('vi x: a, {"b":1}, 3 / z');
    expect(f.actual).toBeUndefined();
    expect(f.expected).toBe('z');
  });

  it('`where` picks subjects by field (a list: any of its values); `when` with it', async () => {
    const rules = [
      rule('one', { all: [leaf('$.n', 'equal', 1)] }, { where: { kind: 'main' } } as Partial<RuleDef>),
      rule('many', { all: [leaf('$.n', 'equal', 1)] }, { where: { kind: ['main', 'side'] } } as Partial<RuleDef>),
      rule('both', { all: [leaf('$.n', 'equal', 1)] }, { where: { kind: 'main' }, when: leaf('$.m', 'equal', 1) } as Partial<RuleDef>),
    ];
    const subjects = [
      task({ id: 'a', kind: 'main', n: 2, m: 1 }),
      task({ id: 'b', kind: 'side', n: 2, m: 1 }),
      task({ id: 'c', kind: 'main', n: 2, m: 2 }),
    ];
    for (const engine of ['compiled', 'reference'] as const) {
      const tallies = await run(rules, subjects, engine);
      expect(tallies.map((t) => [t.rule.id, [...t.applicable], t.findings.length])).toEqual([
        ['one', ['a', 'c'], 2],
        ['many', ['a', 'b', 'c'], 3],
        ['both', ['a'], 1],
      ]);
    }
  });

  it('rules of other kinds of subjects are not run; an empty rule set evaluates nothing', async () => {
    const tallies = await run(
      [rule('r', { all: [leaf('$.n', 'equal', 1)] }, { applies_to: 'plan' } as Partial<RuleDef>)],
      [task({ id: 'a' })],
    );
    expect(tallies.map((t) => t.evaluated)).toEqual([0]);
  });

  it('duplicate rule ids: every rule of a name whose `when` failed is skipped (as json-rules-engine does)', async () => {
    const rules = [
      rule('d', { all: [leaf('$.n', 'equal', 1)] }, { when: leaf('$.m', 'equal', 1) } as Partial<RuleDef>),
      rule('d', { all: [leaf('$.n', 'equal', 2)] }),
      rule('e', { all: [leaf('$.n', 'equal', 3)] }, { when: leaf('$.m', 'equal', 2) } as Partial<RuleDef>),
    ];
    const subjects = [task({ id: 'a', n: 5, m: 2 }), task({ id: 'b', n: 5, m: 1 })];
    const plain = (ts: RuleTally[]) => ts.map((t) => [t.rule.id, t.evaluated, [...t.applicable], t.findings.map((f) => f.subject?.id)]);
    const compiled = plain(await run(rules, subjects, 'compiled'));
    expect(compiled).toEqual(plain(await run(rules, subjects, 'reference')));
    expect(compiled).toEqual([
      ['d', 2, ['b'], ['b', 'b']],
      ['e', 1, ['a'], ['a']],
    ]);
  });

  it('a rule not applicable still throws where json-rules-engine throws (a fact the subject lacks)', async () => {
    const rules = [rule('r', { all: [leaf('$.x', 'equal', 1, 'missing')] }, { when: leaf('$.m', 'equal', 1) } as Partial<RuleDef>)];
    for (const engine of ['compiled', 'reference'] as const)
      await expect(run(rules, [task({ id: 'a', m: 2 })], engine)).rejects.toThrow(/Undefined fact/);
    const fine = [rule('r', { all: [leaf('$.x', 'equal', 1)] }, { when: leaf('$.m', 'equal', 1) } as Partial<RuleDef>)];
    expect((await run(fine, [task({ id: 'a', m: 2 })]))[0]!.evaluated).toBe(0);
  });
});

describe('restricted paths', () => {
  it('parses, resolves own properties only, and escapes pointers', () => {
    expect(parsePath('$')).toEqual([]);
    expect(parsePath('$.a_1.B[12][0].c')).toEqual(['a_1', 'B', 12, 0, 'c']);
    expect(parsePath('$.a')).toBe(parsePath('$.a'));
    for (const bad of ['', 'a', '$.', '$.1a', '$[x]', '$.a.', '$.a b', ' $.a', '$.a[1', '$..a'])
      expect(() => parsePath(bad), bad).toThrow(/Unsupported path/);
    expect(resolvePath({ a: [{ b: null }] }, '$.a[0].b')).toBeNull();
    expect(resolvePath({ a: 'text' }, '$.a.length')).toBeUndefined();
    expect(resolvePath(null, '$.a')).toBeUndefined();
    expect(resolvePath({ a: 1 }, '$')).toEqual({ a: 1 });
    expect(resolveSegments({ a: [5, 6] }, ['a', 1])).toBe(6);
    expect(resolvePath(Object.create({ inherited: 1 }), '$.inherited')).toBeUndefined();
    expect(pathToPointer(undefined)).toBe('');
    expect(pathToPointer('$')).toBe('');
    expect(pathToPointer('$.a[0].b')).toBe('/a/0/b');
  });

  it('renders messages without HTML escaping, whitespace folded, placeholders missing left empty', () => {
    expect(renderMessage('  a {{x}}\n\t b {{y.z}}  ', { x: '<b>&', y: {} })).toBe('a <b>& b');
    expect(renderMessage('{{x}}', { x: 1 })).toBe('1');
    expect(renderMessage('{{x}}', { x: 2 })).toBe('2');
  });
});

describe('message templates', () => {
  it('compiled: placeholders only, no HTML escaping, unknown helpers refused', () => {
    expect(MESSAGE_COMPILE_OPTIONS).toEqual({ noEscape: true, strict: false, knownHelpersOnly: true });
    expect(compileMessage('{{x}} & {{y}}')({ x: '<b>' })).toBe('<b> & ');
    expect(() => compileMessage('{{shout x}}')({ x: 1 })).toThrow();
  });

  it('the precompiled module holds each template once, sorted, rendering as compiled', () => {
    const text = precompiledMessagesModule(['b {{x}}', 'a {{#if x}}{{x}}{{/if}}', 'b {{x}}']);
    expect(text).toMatch(
      /^\/\/ Generated by scripts\/build-rules\.mjs: handlebars \d+\.\d+\.\d+ precompiled message templates\.\nmodule\.exports = new Map\(\[\n/,
    );
    expect(text.endsWith('\n]);\n')).toBe(true);
    const mod: { exports?: Map<string, object> } = {};
    // the module as node would run it (what dist/generated/message-templates.cjs is)
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('module', text)(mod);
    expect([...mod.exports!.keys()]).toEqual(['a {{#if x}}{{x}}{{/if}}', 'b {{x}}']);
    const runtime = (createRequire(import.meta.url)('handlebars/runtime') as typeof import('handlebars')).create();
    const render = (t: string, vars: object) => runtime.template(mod.exports!.get(t) as never)(vars);
    expect(render('b {{x}}', { x: '<i>' })).toBe('b <i>');
    expect(render('a {{#if x}}{{x}}{{/if}}', { x: '' })).toBe('a ');
  });
});

describe('compiled conditions give what json-rules-engine gives (corners)', () => {
  /** Both engines on one condition and a few subjects: results, traces and errors. */
  async function both(cond: Condition, subjects: Record<string, unknown>[], data: Record<string, unknown> = {}) {
    const rs = ruleset([rule('r', cond)], data);
    const subs = subjects.map((f, i) => task({ id: String(i), ...f }));
    const outcome = async (engine: EngineChoice) => {
      try {
        const [t] = await evaluate([compileRuleSet(rs, engine)], subs, locator, 'vi');
        return {
          evaluated: t!.evaluated,
          findings: t!.findings.map((f) => [f.subject?.id, f.location.pointer, f.actual, f.expected, f.message]),
        };
      } catch {
        // which of two errors surfaces first may differ (json-rules-engine runs a group's members as promises)
        return { threw: true };
      }
    };
    const compiled = await outcome('compiled');
    expect(compiled, JSON.stringify(cond)).toEqual(await outcome('reference'));
    return compiled;
  }

  const subjects = [
    { n: 1, s: 'a', l: [1, 2], o: { p: 2 } },
    { n: 5, s: 'b', l: [], o: { p: 'x' } },
    { n: '3', s: null, l: ['a'], o: null },
    {},
  ];

  const conditions: Condition[] = [
    { all: [] },
    { any: [] },
    { any: [leaf('$.n', 'equal', 1)] },
    { all: [leaf('$.n', 'lessThan', 3), leaf('$.n', 'greaterThan', 0)] },
    { any: [leaf('$.n', 'lessThanInclusive', 1), leaf('$.n', 'greaterThanInclusive', 5)] },
    { any: [leaf('$.n', 'in', [1, 5]), leaf('$.s', 'notIn', ['a'])] },
    { all: [leaf('$.l', 'contains', 1), leaf('$.l', 'doesNotContain', 3)] },
    { all: [leaf('$.s', 'notEqual', 'a')] },
    { not: { any: [leaf('$.n', 'equal', 5), leaf('$.s', 'equal', 'a')] } },
    { all: [leaf('$.l', 'someFact:equal', 2)] },
    { all: [leaf('$.l', 'everyFact:greaterThan', 0)] },
    { all: [leaf('$.n', 'someValue:equal', [5, 7])] },
    { all: [leaf('$.n', 'everyValue:notEqual', [2, 3])] },
    { all: [leaf('$.n', 'swap:in', [1, 2])] },
    { all: [leaf('$.n', 'swap:contains', 1)] },
    { all: [leaf('$.n', 'not:equal', 1)] },
    { all: [leaf('$.l', 'not:someFact:equal', 'a')] },
    { all: [leaf('$.n', 'bogus:equal', 1)] },
    { all: [leaf('$.n', ':equal', 1)] },
    { all: [leaf('$.n', 'nothing', 1)] },
    { all: [leaf('$.o.p', 'equal', { fact: 'task', path: '$.n' })] },
    { all: [leaf('$.o', 'equal', { fact: 'data', path: '$.k' })] },
    { all: [leaf('$.n', 'equal', { fact: 'data' })] },
    { all: [leaf('$.n', 'equal', { fact: 'context', path: '$.n' })] },
    { all: [leaf('$.n', 'equal', { fact: 'nothing' })] },
    { all: [leaf('$.n', 'equal', 1, 'nothing')] },
    { all: [{ fact: 'task', path: '$..bad', operator: 'equal', value: 1 }] } as Condition,
    { all: [{ fact: 'task', path: 7, operator: 'equal', value: 1 }] } as unknown as Condition,
    { all: [{ fact: 3, operator: 'equal', value: 1 }] } as unknown as Condition,
    { all: [{ condition: 'shared' }] } as unknown as Condition,
    { condition: 'shared' } as unknown as Condition,
    // priorities: the higher group first; a failing group stops `all`, a passing one stops `any`
    {
      all: [
        { ...leaf('$.n', 'equal', 1), priority: 1 },
        { ...leaf('$.s', 'equal', 'b'), priority: 3 },
        { ...leaf('$.n', 'equal', 1, 'nothing'), priority: 2 },
      ],
    } as unknown as Condition,
    {
      any: [
        { ...leaf('$.n', 'equal', 9), priority: '2' },
        { ...leaf('$.s', 'equal', 'a'), priority: 5 },
        { ...leaf('$.n', 'equal', 1, 'nothing'), priority: 0 },
      ],
    } as unknown as Condition,
    {
      all: [
        { all: [leaf('$.n', 'equal', 1)], priority: 2 },
        { any: [leaf('$.n', 'equal', 5)], priority: 1 },
        { not: leaf('$.s', 'equal', 'b'), priority: 4 },
      ],
    } as unknown as Condition,
    {
      any: [{ ...leaf('$.n', 'equal', 1), priority: 2 }, { ...leaf('$.n', 'equal', 5), priority: 2 }, leaf('$.s', 'equal', null)],
    } as Condition,
    { all: [leaf('$.n', 'matchesAnyPattern', ['^1$']), leaf('$.l', 'nonEmptyList', true)] },
    { all: [{ any: [{ not: { all: [leaf('$.n', 'equal', 1), leaf('$.s', 'equal', 'a')] } }] }, leaf('$.o.p', 'present', true)] },
  ];

  it.each(conditions.map((c, i) => [i, c] as const))('condition %i', async (_, cond) => {
    await both(cond, subjects, { k: { p: 2 } });
  });

  it('results that are not plain booleans (a list of one, a decorator) count as json-rules-engine counts them', async () => {
    const out = await both({ any: [leaf('$.n', 'someFact:equal', 1)] }, [{ n: [1] }, { n: [2] }, { n: 'x' }]);
    expect(out).toMatchObject({ evaluated: 3 });
    expect((out as { findings: unknown[] }).findings).toHaveLength(2);
  });

  it('shapes json-rules-engine refuses are refused alike', () => {
    const shapes = [
      { fact: 'task', operator: 'equal', value: 1 },
      { all: {} },
      { any: 'x' },
      { all: [{ not: [leaf('$.n', 'equal', 1)] }] },
      { all: [{ fact: 'task', operator: 'equal' }] },
      { all: [{ fact: 'task', value: 1 }] },
      { all: [{ operator: 'equal', value: 1 }] },
      { all: [null] },
    ];
    const messages = shapes.map((s) => {
      try {
        compileConditions(s as unknown as Condition);
        return 'compiled';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(messages).toEqual([
      '"conditions" root must contain a single instance of "all", "any", "not", or "condition"',
      '"all" must be an array',
      '"any" must be an array',
      '"not" cannot be an array',
      'Condition: constructor "value" property required',
      'Condition: constructor "operator" property required',
      'Condition: constructor "fact" property required',
      'Condition: constructor options required',
    ]);
  });

  it('reports the facts a condition reads and whether it may throw otherwise', () => {
    const c = compileConditions({ all: [leaf('$.a', 'equal', { fact: 'context', path: '$.b' }), leaf('$.c', 'present', true, 'data')] });
    expect([[...c.facts].sort(), c.mayThrow]).toEqual([['context', 'task'], false]);
    for (const risky of [
      { all: [leaf('$.a', 'matchesAnyPattern', ['x'])] },
      { all: [leaf('$.a', 'someFact:equal', 1)] },
      { all: [leaf('$.a', 'nope', 1)] },
      { all: [{ fact: 'task', path: '$..a', operator: 'equal', value: 1 }] },
      { all: [{ fact: 1, operator: 'equal', value: 1 }] },
      { all: [{ condition: 'x' }] },
    ])
      expect(compileConditions(risky as unknown as Condition).mayThrow, JSON.stringify(risky)).toBe(true);
  });

  it('generated conditions over generated facts: identical (fast-check)', async () => {
    const PATHS = ['$', '$.a', '$.b', '$.a.b', '$.l[0]', '$.n'];
    const scalar = fc.oneof(fc.constantFrom(null, '', 'a', 0, 1, 2, -1, '2026-01-01'), fc.boolean(), fc.integer({ min: -2, max: 3 }));
    const value = fc.oneof({ weight: 3, arbitrary: scalar }, fc.array(scalar, { maxLength: 3 }));
    const OPS = [
      'equal',
      'notEqual',
      'in',
      'notIn',
      'contains',
      'doesNotContain',
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
      'present',
      'nonEmptyText',
      'not:equal',
      'someFact:equal',
      'everyFact:lessThan',
      'someValue:equal',
      'everyValue:notEqual',
      'swap:in',
    ];
    const leafArb = fc
      .record({
        fact: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('task', 'context', 'data') }, fc.constant('nothing')),
        path: fc.constantFrom(...PATHS),
        operator: fc.constantFrom(...OPS),
        value: fc.oneof(
          { weight: 4, arbitrary: value },
          fc.record({ fact: fc.constantFrom('task', 'data'), path: fc.constantFrom(...PATHS) }),
        ),
        priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      })
      .map(({ priority, ...c }) => ({ ...c, ...(priority !== undefined ? { priority } : {}) }) as Condition);
    const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leafArb,
        fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ not: tie('tree') }),
      ),
    }));
    const factValue = fc.record(
      { a: value, b: value, l: fc.array(scalar, { maxLength: 2 }), n: fc.integer({ min: -1, max: 2 }) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ all: fc.array(tree, { minLength: 1, maxLength: 3 }) }),
        fc.array(factValue, { minLength: 1, maxLength: 3 }),
        factValue,
        async (cond, facts, data) => {
          await both(cond as Condition, facts, data);
        },
      ),
      { numRuns: 120, seed: 17 },
    );
  });
});
