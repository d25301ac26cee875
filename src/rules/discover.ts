import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { loadRuleSet } from './load-ruleset.js';
import { yamlFilesIn } from '../util/yaml-files.js';
import type { RuleSet } from './ruleset-types.js';

export const DEFAULT_RULES_DIR = join(packageRoot, 'rules');


/** Loads rule sets once per file and process. */
export class RuleSetCatalog {
  private readonly cache = new Map<string, RuleSet>();
  constructor(
    readonly rulesDir: string = DEFAULT_RULES_DIR,
    readonly extra: string[] = [],
  ) {}

  private load(file: string): RuleSet {
    let rs = this.cache.get(file);
    if (!rs) {
      rs = loadRuleSet(file);
      this.cache.set(file, rs);
    }
    return rs;
  }

  /** Rule sets every plan is checked against: rules/core/ and any --rules given. */
  always(): RuleSet[] {
    const files = [...yamlFilesIn(join(this.rulesDir, 'core')), ...this.extra.flatMap(yamlFilesIn)];
    return files.map((f) => this.load(f));
  }

  /** Every rule set under the rules folder (core and parent plans), for tooling and tests. */
  all(): RuleSet[] {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((e) => (e.isDirectory() ? (e.name === 'legal' || e.name === 'vocabulary' ? [] : walk(join(dir, e.name))) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
    return walk(this.rulesDir).map((f) => this.load(f));
  }

  /** The parent plan's rule set named by a plan ("hai-phong/2026-kstthc"), or undefined if none. */
  parent(id: string): RuleSet | undefined {
    if (!/^[a-z0-9-]+(\/[a-z0-9.-]+)*$/.test(id)) return undefined;
    for (const ext of ['.yaml', '.yml']) {
      const file = join(this.rulesDir, id + ext);
      if (existsSync(file)) return this.load(file);
    }
    return undefined;
  }
}
