/** Words that begin a unit's name in a lead or partner cell. */
const LEADERS = String.raw`(?:Trung tâm|Ủy ban|Uỷ ban|UBND|Các|các|Văn phòng|Phòng|phòng|Công an|Ban|Đảng ủy|Hội|Đoàn)`;

const BULLET_SPLIT = /(?<!Văn hóa|Văn hoá|Kinh tế|Lao động|Tài chính|Kế hoạch)\s+[-–•]\s+(?=\p{Lu})/u;

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
    const first = (bulleted ? s.split(BULLET_SPLIT) : [s]).flatMap((x) => x.split(new RegExp(String.raw`;\s*|\.\s+(?=[A-ZĐ])|(?:^|\s+)[-–•]\s+(?=${LEADERS})`, 'u')));
    for (const part of first) {
      const p = trimUnit(part);
      if (!p) continue;
      if (/^[Cc]ác\s/u.test(p)) {
        out.push(p);
        continue;
      }
      for (const q of p.split(new RegExp(String.raw`,\s+(?=${LEADERS}\s)|\s+và\s+(?=các\s)`, 'u'))) {
        const u = trimUnit(q);
        if (u) out.push(u);
      }
    }
  }
  return out;
}

function trimUnit(s: string): string {
  return s.replace(/^[\s\-–•.;,]+|[\s.;,]+$/gu, '').trim();
}
