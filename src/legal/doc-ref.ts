/** Parsing and normalising document references ("118/2025/NĐ-CP", "nghị định 118/2025"). */

export interface RefParts {
  number: string;
  year?: number;
  symbol?: string;
}

/** "02/2017/TT-VPCP" -> { number: "2", year: 2017, symbol: "TT-VPCP" }; undefined if not a reference. */
export function parseRef(ref: string): RefParts | undefined {
  const m = /^(\d+(?:\.\d+)?)(?:\/(\d{4}))?(?:\/([\p{L}\d]+(?:-[\p{L}\d]+)*))?$/u.exec(ref.normalize('NFC').trim());
  if (!m) return undefined;
  return { number: normNumber(m[1]!), ...(m[2] ? { year: Number(m[2]) } : {}), ...(m[3] ? { symbol: m[3].toUpperCase() } : {}) };
}

export function normNumber(n: string): string {
  return n.replace(/^0+(?=\d)/, '');
}

/** Key for exact look-ups: number/year/symbol with numbers unpadded and symbols upper case. */
export function refKey(p: RefParts): string {
  return `${p.number}/${p.year ?? ''}/${p.symbol ?? ''}`;
}

/** Symbols compared loosely (CD for CĐ, ND for NĐ), for finding the document a mistyped citation meant. */
export function looseSymbol(symbol: string): string {
  return symbol.toUpperCase().replace(/Đ/g, 'D');
}
