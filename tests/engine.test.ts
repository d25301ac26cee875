import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../src/engine/compile.js';
import { evaluate } from '../src/engine/evaluate.js';
import { pathToPointer, resolvePath } from '../src/engine/path.js';
import type { Subject } from '../src/engine/subjects/subject.js';
import type { RuleSet } from '../src/rules/ruleset-types.js';

const locate = {
  locate: (pointer: string) => ({ file: 'f.yaml', pointer, line: 1, column: 1 }),
  locateSpan: (pointer: string) => ({ file: 'f.yaml', pointer, line: 1, column: 1 }),
};

function ruleset(conditions: unknown, extra: Record<string, unknown> = {}): RuleSet {
  return {
    id: 'test',
    version: '1',
    title: { vi: 't', en: 't' },
    file: 'x',
    sha256: '',
    data: {},
    requirements: [],
    rules: [
      {
        id: 'r',
        title: { vi: 't', en: 't' },
        severity: 'error',
        applies_to: 'task',
        conditions: conditions as never,
        message: { vi: 'Nhiệm vụ {{task.id}}: {{actual}} / {{expected}}', en: 'Task {{task.id}}' },
        fix: { vi: 'sửa', en: 'fix' },
        source: { ref: 's' },
        ...extra,
      },
    ],
  };
}

function taskSubject(task: Record<string, unknown>): Subject {
  return {
    kind: 'task',
    id: String(task.id),
    mainFact: 'task',
    facts: { task, plan: {}, context: {} },
    factPointers: { task: '/tasks/0', plan: '' },
    fieldSources: { deadlineInfo: 'deadline' },
  };
}

describe('restricted paths', () => {
  it('resolves $.a.b[0] and nothing else', () => {
    expect(resolvePath({ a: { b: [7] } }, '$.a.b[0]')).toBe(7);
    expect(resolvePath({ a: {} }, '$.a.b[0]')).toBeUndefined();
    expect(resolvePath({}, '$.constructor')).toBeUndefined();
    expect(() => resolvePath({}, '$..x')).toThrow();
    expect(pathToPointer('$.lead[2]')).toBe('/lead/2');
  });
});

describe('evaluation', () => {
  it('a missing value is not a pass, even for notEqual', async () => {
    const c = compileRuleSet(ruleset({ all: [{ fact: 'task', path: '$.status', operator: 'notEqual', value: 'bad' }] }));
    const [tally] = await evaluate([c], [taskSubject({ id: '1' })], locate, 'vi');
    expect(tally!.findings).toHaveLength(1);
    expect(tally!.findings[0]!.location.pointer).toBe('/tasks/0/status');
  });

  it('reports actual and expected values of the failing condition in the message', async () => {
    const c = compileRuleSet(ruleset({ all: [{ fact: 'task', path: '$.value', operator: 'greaterThanInclusive', value: 95 }] }));
    const [tally] = await evaluate([c], [taskSubject({ id: 'II.3.c', value: 90 }), taskSubject({ id: 'x', value: 96 })], locate, 'vi');
    expect(tally!.evaluated).toBe(2);
    expect(tally!.findings.map((f) => [f.message, f.actual, f.expected])).toEqual([['Nhiệm vụ II.3.c: 90 / 95', 90, 95]]);
  });

  it('a rule whose `when` does not hold is not applicable, not passed', async () => {
    const c = compileRuleSet(
      ruleset(
        { all: [{ fact: 'task', path: '$.product', operator: 'nonEmptyText', value: true }] },
        {
          when: { all: [{ fact: 'task', path: '$.kind', operator: 'equal', value: 'main' }] },
        },
      ),
    );
    const [tally] = await evaluate([c], [taskSubject({ id: '1', kind: 'other' })], locate, 'vi');
    expect(tally!.evaluated).toBe(0);
    expect(tally!.findings).toEqual([]);
  });

  it('computed fields are located at the field they come from', async () => {
    const c = compileRuleSet(ruleset({ all: [{ fact: 'task', path: '$.deadlineInfo.kind', operator: 'notEqual', value: 'unknown' }] }));
    const [tally] = await evaluate([c], [taskSubject({ id: '1', deadlineInfo: { kind: 'unknown' } })], locate, 'vi');
    expect(tally!.findings[0]!.location.pointer).toBe('/tasks/0/deadline');
  });
});
