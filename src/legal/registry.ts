import { validatorFor } from '../util/validators.js';
import { parseConfigSource, readConfigSource } from '../yaml/read-config.js';
import { compiledEntry, type CompiledRegistryFile } from '../yaml/compiled-config.js';
import { locatePointer } from '../yaml/locate.js';
import { ConfigError } from '../errors/config-error.js';
import { both, bilingual, msg } from '../messages/index.js';
import type { Bilingual } from '../types.js';
import { yamlFilesIn } from '../util/yaml-files.js';
import { normText } from '../text/normalise.js';
import { looseSymbol, parseRef, refKey, type RefParts } from './doc-ref.js';
import type { LegalDoc } from './registry-types.js';
import { createHash } from 'node:crypto';

const registryValidator = () => validatorFor('registry');

/** The legal-document registry: every document of rules/legal/, indexed for look-up. */
export class Registry {
  private readonly byKey = new Map<string, LegalDoc>();
  private readonly byNumberSymbol = new Map<string, LegalDoc[]>();
  private readonly byName = new Map<string, LegalDoc[]>();

  constructor(
    readonly docs: LegalDoc[],
    /** SHA-256 over the registry files, for reports and caches. */
    readonly sha256: string,
  ) {
    for (const d of docs) this.add(d);
  }

  private add(d: LegalDoc): void {
    const p = parseRef(d.ref)!;
    this.byKey.set(refKey(p), d);
    const ns = `${p.number}/${looseSymbol(p.symbol ?? '')}`;
    this.byNumberSymbol.set(ns, [...(this.byNumberSymbol.get(ns) ?? []), d]);
    for (const n of d.names ?? []) this.byName.set(normText(n), [...(this.byName.get(normText(n)) ?? []), d]);
  }

  /** Adds documents known from elsewhere (a parent plan's rule set), unless already present. */
  withExtra(extra: LegalDoc[]): Registry {
    const fresh = extra.filter((d) => !this.get(d.ref));
    return fresh.length ? new Registry([...this.docs, ...fresh], this.sha256) : this;
  }

  get(ref: string): LegalDoc | undefined {
    const p = parseRef(ref);
    return p ? this.byKey.get(refKey(p)) : undefined;
  }

  /**
   * The document a citation means: exact number/year/symbol first; then, for a citation missing
   * its year or with a mistyped symbol, the one with the same number and symbol, chosen by date.
   */
  resolve(p: RefParts, date?: string): LegalDoc | undefined {
    const exact = this.byKey.get(refKey(p));
    if (exact) return exact;
    const candidates = (this.byNumberSymbol.get(`${p.number}/${looseSymbol(p.symbol ?? '')}`) ?? []).filter(
      (d) => p.year === undefined || parseRef(d.ref)!.year === undefined || parseRef(d.ref)!.year === p.year,
    );
    if (date) {
      const sameDate = candidates.filter((d) => d.signed === date);
      if (sameDate.length === 1) return sameDate[0];
      const sameYear = candidates.filter((d) => d.signed?.slice(0, 4) === date.slice(0, 4));
      if (sameYear.length === 1) return sameYear[0];
      return undefined;
    }
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** Laws cited by name ("Luật Tổ chức chính quyền địa phương ngày 16/6/2025"). */
  byLawName(name: string, date?: string): { doc?: LegalDoc; candidates: LegalDoc[] } {
    const candidates = this.byName.get(normText(name)) ?? [];
    if (date) return { doc: candidates.find((d) => d.signed === date), candidates };
    return { candidates };
  }

  /** Free-text look-up for people: "118/2025/NĐ-CP", "nghị định 118/2025", "118". */
  search(query: string): LegalDoc[] {
    const q = query.normalize('NFC').trim();
    const direct = this.get(q);
    if (direct) return [direct];
    const m = /(\d+(?:\.\d+)?)(?:\/(\d{4}))?(?:\/([\p{L}\d-]+))?/u.exec(q);
    if (m) {
      const number = m[1]!.replace(/^0+(?=\d)/, '');
      const year = m[2] ? Number(m[2]) : undefined;
      const symbol = m[3]?.toUpperCase();
      const typeWord = normText(q.slice(0, m.index));
      return this.docs.filter((d) => {
        const p = parseRef(d.ref)!;
        return (
          p.number === number &&
          (year === undefined || p.year === year) &&
          (!symbol || looseSymbol(p.symbol ?? '') === looseSymbol(symbol)) &&
          (!typeWord || normText(d.type).startsWith(typeWord) || typeWord.startsWith(normText(d.type)))
        );
      });
    }
    const n = normText(q);
    return this.docs.filter((d) => (d.names ?? []).some((x) => normText(x).includes(n)) || normText(d.title ?? '').includes(n));
  }
}

/** A clear message when an entry lacks a source a reviewer can follow (the schema's anyOf and if/then). */
function sourceHint<E extends { instancePath: string; keyword: string }>(errors: E[]): ({ error: E } & Bilingual) | undefined {
  const needsUrl = errors.find((x) => x.keyword === 'if');
  if (needsUrl) return { error: needsUrl, ...bilingual('legal.registry.needsUrl') };
  const noSource = errors.find((x) => x.keyword === 'anyOf' && /^\/documents\/\d+$/.test(x.instancePath));
  if (noSource) return { error: noSource, ...bilingual('legal.registry.noSource') };
  return undefined;
}

/**
 * Loads every registry file of a folder; a broken file stops the run (exit 2) with its position.
 * A file whose bytes were compiled at build time is taken from there (`compiled` false: never).
 */
export function loadRegistry(dir: string, compiled = true): Registry {
  const docs: LegalDoc[] = [];
  const hash = createHash('sha256');
  const seen = new Map<string, string>();
  for (const file of yamlFilesIn(dir)) {
    const { text, sha256 } = readConfigSource(file);
    hash.update(sha256);
    const entry = (compiled ? compiledEntry<CompiledRegistryFile>('registry', sha256) : undefined) ?? checkedRegistryFile(file, text);
    (entry.documents as unknown as LegalDoc[]).forEach((d, i) => {
      const [line, column] = entry.at[i]!;
      const key = refKey(parseRef(d.ref)!);
      const prev = seen.get(key);
      if (prev)
        throw new ConfigError(
          ...both('legal.registry.listedTwice', { ref: d.ref, other: prev }),
          file,
          line,
          column,
          undefined,
          'registry',
        );
      seen.set(key, `${file}:${line}`);
      docs.push({ ...d, origin: `${file}:${line}` });
    });
  }
  return new Registry(docs, hash.digest('hex'));
}

/** One registry file, parsed and checked against the schema, with where each document starts: what the build compiles. */
export function checkedRegistryFile(file: string, text: string): CompiledRegistryFile {
  const src = parseConfigSource(file, text);
  const validate = registryValidator();
  if (!validate(src.data)) {
    const hint = sourceHint(validate.errors ?? []);
    const e = hint?.error ?? [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
    const loc = locatePointer(file, src, e.instancePath);
    throw new ConfigError(
      msg('vi', 'legal.registry.invalid', { where: e.instancePath, problem: hint?.vi ?? e.message ?? '' }),
      msg('en', 'legal.registry.invalid', { where: e.instancePath, problem: hint?.en ?? e.message ?? '' }),
      file,
      loc.line,
      loc.column,
      undefined,
      'registry',
    );
  }
  const documents = (src.data as { documents: Record<string, unknown>[] }).documents;
  return {
    documents,
    at: documents.map((_, i) => {
      const loc = locatePointer(file, src, `/documents/${i}`);
      return [loc.line, loc.column];
    }),
  };
}
