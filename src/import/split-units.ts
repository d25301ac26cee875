import { charTest, trimEndWhere, trimStartWhere } from '../util/linear-text.js';

/** Words that begin a unit's name in a lead or partner cell. */
const LEADERS = String.raw`(?:Trung tâm|Ủy ban|Uỷ ban|UBND|Các|các|Văn phòng|Phòng|phòng|Công an|Ban|Đảng ủy|Hội|Đoàn)`;

// Separators made of a run of spaces start where the run starts, `(?<!\s)`: tried from every space
// of a long run, `\s+` would rescan the rest of it each time (quadratic).
const BULLET_SPLIT = /(?<!Văn hóa|Văn hoá|Kinh tế|Lao động|Tài chính|Kế hoạch|\s)\s+[-–•]\s+(?=\p{Lu})/u;
const UNIT_SPLIT = new RegExp(String.raw`;\s*|\.\s+(?=[A-ZĐ])|(?:^|(?<!\s)\s+)[-–•]\s+(?=${LEADERS})`, 'u');
const GROUP_SPLIT = new RegExp(String.raw`,\s+(?=${LEADERS}\s)|(?<!\s)\s+và\s+(?=các\s)`, 'u');
const LEADING_JUNK = charTest('-–•.;,', true);
const TRAILING_JUNK = charTest('.;,', true);

/**
 * A lead or partner cell as unit names. A cell lists units one per line, or on one line separated
 * by ";", ". ", " - " (before a unit's first word) or ", " (before a unit's first word). A name
 * that starts with "Các" / "các" is a group ("Các phòng chuyên môn, các cơ quan, đơn vị liên
 * quan") and is kept whole.
 */
export function splitUnits(lines: string[] | string | undefined | null): string[] {
  if (lines === undefined || lines === null) return [];
  const list = Array.isArray(lines) ? lines : [lines];
  const out: string[] = [];
  for (const line of list) {
    const s = trimUnit(line);
    if (!s) continue;
    // A bulleted line ("- A - B") lists its units after dashes; "Văn hóa - Xã hội" stays one name.
    const bulleted = /^\s*[-–•]\s/u.test(line);
    const first = (bulleted ? s.split(BULLET_SPLIT) : [s]).flatMap((x) => x.split(UNIT_SPLIT));
    for (const part of first) {
      const p = trimUnit(part);
      if (!p) continue;
      if (/^[Cc]ác\s/u.test(p)) {
        out.push(p);
        continue;
      }
      for (const q of p.split(GROUP_SPLIT)) {
        const u = trimUnit(q);
        if (u) out.push(u);
      }
    }
  }
  return out;
}

/** Without list marks and punctuation at the ends, trimmed by loop ("a, , , …x" made the expression quadratic). */
function trimUnit(s: string): string {
  return trimStartWhere(trimEndWhere(s, TRAILING_JUNK), LEADING_JUNK);
}
