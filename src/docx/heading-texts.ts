/** The texts of the heading block of Nghị định 30/2020 (no layout; shared by the annex and the rendered plan). */
export const NATIONAL_MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** "ỦY BAN NHÂN DÂN" over the commune or ward in capitals ("PHƯỜNG NAM ĐỒ SƠN"). */
export function issuerLines(place: string): [string, string] {
  return ['ỦY BAN NHÂN DÂN', place.toLocaleUpperCase('vi')];
}
