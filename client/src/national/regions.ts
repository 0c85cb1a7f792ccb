/**
 * The tile map groups the 34 provinces by region, north to south, so a reader finds a province
 * where they expect it without a geographic map (none exists for the post-2025 provinces).
 */
const REGIONS: { name: string; codes: string[] }[] = [
  {
    name: 'Miền Bắc',
    codes: [
      'lai-chau',
      'dien-bien',
      'son-la',
      'lao-cai',
      'tuyen-quang',
      'cao-bang',
      'lang-son',
      'thai-nguyen',
      'phu-tho',
      'ha-noi',
      'bac-ninh',
      'quang-ninh',
      'hai-phong',
      'hung-yen',
      'ninh-binh',
    ],
  },
  {
    name: 'Miền Trung và Tây Nguyên',
    codes: [
      'thanh-hoa',
      'nghe-an',
      'ha-tinh',
      'quang-tri',
      'hue',
      'da-nang',
      'quang-ngai',
      'gia-lai',
      'dak-lak',
      'khanh-hoa',
      'lam-dong',
    ],
  },
  {
    name: 'Miền Nam',
    codes: ['dong-nai', 'ho-chi-minh', 'tay-ninh', 'dong-thap', 'vinh-long', 'can-tho', 'an-giang', 'ca-mau'],
  },
];

export function groupByRegion<T extends { code: string }>(provinces: T[]): { name: string; provinces: T[] }[] {
  const byCode = new Map(provinces.map((province) => [province.code, province]));
  const groups = REGIONS.map(({ name, codes }) => ({
    name,
    provinces: codes.flatMap((code) => byCode.get(code) ?? []),
  }));
  const placed = new Set(REGIONS.flatMap((region) => region.codes));
  // A province this list does not know yet still appears rather than vanishing from the map.
  const others = provinces.filter((province) => !placed.has(province.code));
  return [...groups, ...(others.length ? [{ name: 'Khác', provinces: others }] : [])].filter(
    (group) => group.provinces.length,
  );
}
