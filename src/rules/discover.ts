import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DEFAULT_RULES_DIR } from './rules-dir.js';
import { loadRuleSet } from './load-ruleset.js';
import { yamlFilesIn } from '../util/yaml-files.js';
import { RuleSetError } from '../errors/ruleset-error.js';
import { both } from '../messages/index.js';
import { rulesetIdProblem } from './ruleset-id.js';
import type { Bilingual } from '../types.js';
import type { RuleSet } from './ruleset-types.js';

export { DEFAULT_RULES_DIR };

/** Folders of the rules folder that hold no parent plan's rule set. */
const NOT_PARENT_FOLDERS = new Set(['core', 'signing', 'legal', 'vocabulary']);

/** Loads rule sets once per file and process. */
export class RuleSetCatalog {
  private readonly cache = new Map<string, RuleSet>();
  private parentList: RuleSet[] | undefined;
  constructor(
    readonly rulesDir: string = DEFAULT_RULES_DIR,
    readonly extra: string[] = [],
  ) {}

  /** What is wrong with a parent rule-set id ("hai-phong/2026-kstthc"), or undefined if it is well formed. */
  static idProblem(id: string): Bilingual | undefined {
    return rulesetIdProblem(id);
  }

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
        .flatMap((e) =>
          e.isDirectory()
            ? e.name === 'legal' || e.name === 'vocabulary'
              ? []
              : walk(join(dir, e.name))
            : /\.ya?ml$/.test(e.name)
              ? [join(dir, e.name)]
              : [],
        );
    return walk(this.rulesDir).map((f) => this.load(f));
  }

  /**
   * The parent plans' rule sets: those outside core/, signing/, legal/ and vocabulary/ that say
   * which plans they are for (applies_to), each checked to be the file its id names.
   */
  parents(): RuleSet[] {
    if (this.parentList) return this.parentList;
    const walk = (dir: string, rel: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((e) => {
          const id = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) return rel || !NOT_PARENT_FOLDERS.has(e.name) ? walk(join(dir, e.name), id) : [];
          const m = /^(.*)\.ya?ml$/.exec(id);
          return m && rel ? [m[1]!] : [];
        });
    const ids = existsSync(this.rulesDir) ? walk(this.rulesDir, '') : [];
    return (this.parentList = ids.map((id) => this.parent(id)).filter((rs): rs is RuleSet => !!rs?.appliesTo));
  }

  /**
   * The parent plan's rule set named by a plan ("hai-phong/2026-kstthc"), or undefined if none.
   * The id is resolved inside the rules folder only: a malformed id (.., absolute path, backslash),
   * a reserved folder, or a file that leads out of the folder (symlink) is no rule set. A file whose
   * declared id differs from its path stops the run (RuleSetError).
   */
  parent(id: string): RuleSet | undefined {
    if (rulesetIdProblem(id) || NOT_PARENT_FOLDERS.has(id.split('/')[0]!)) return undefined;
    for (const ext of ['.yaml', '.yml']) {
      const file = join(this.rulesDir, id + ext);
      if (!existsSync(file) || !this.inside(file)) continue;
      const rs = this.load(file);
      if (rs.id !== id) {
        const line =
          readFileSync(file, 'utf8')
            .split('\n')
            .findIndex((l) => /^id\s*:/.test(l)) + 1;
        throw new RuleSetError(...both('rules.idMismatch', { declared: rs.id, id }), file, Math.max(line, 1), 1);
      }
      return rs;
    }
    return undefined;
  }

  /** The file, symlinks resolved, is a regular file inside the rules folder. */
  private inside(file: string): boolean {
    try {
      const real = realpathSync(file);
      return statSync(real).isFile() && real.startsWith(realpathSync(this.rulesDir) + sep);
    } catch {
      return false;
    }
  }
}
