import { normText } from '../text/normalise.js';

/**
 * The provinces and the cities under the central government, by the name a document prints after
 * its place ("Lâm Đồng, ngày …"): the 34 in force from 1/7/2025, and the 29 merged into others on
 * that day (still the names of plans signed before it).
 */
const CURRENT = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];
const FORMER = [
  'Hà Giang',
  'Yên Bái',
  'Bắc Kạn',
  'Hòa Bình',
  'Vĩnh Phúc',
  'Bắc Giang',
  'Hải Dương',
  'Thái Bình',
  'Hà Nam',
  'Nam Định',
  'Quảng Bình',
  'Quảng Nam',
  'Kon Tum',
  'Bình Định',
  'Phú Yên',
  'Ninh Thuận',
  'Bình Thuận',
  'Đắk Nông',
  'Bình Phước',
  'Bình Dương',
  'Bà Rịa - Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Sóc Trăng',
  'Hậu Giang',
  'Bạc Liêu',
  'Kiên Giang',
];

/** Compared as normText compares (case, tone marks, dashes), without "tỉnh", "thành phố", "TP.". */
function key(name: string): string {
  return normText(name).replace(/^(?:tỉnh|thành phố|tp\.?)\s*/u, '');
}

const CURRENT_KEYS = new Map(CURRENT.map((n) => [key(n), n]));
const FORMER_KEYS = new Map(FORMER.map((n) => [key(n), n]));

/**
 * The province a place name is, written as the list writes it, or undefined. The provinces merged
 * away on 1/7/2025 count only for a document signed before (`before2025Reform`).
 */
export function provinceNamed(place: string, before2025Reform: boolean): string | undefined {
  const k = key(place);
  return CURRENT_KEYS.get(k) ?? (before2025Reform ? FORMER_KEYS.get(k) : undefined);
}
