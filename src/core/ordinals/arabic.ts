// Arabic ordinals in words, as an Arabic official document writes them after a definite noun: the adjective
// takes the article and agrees with the noun (التقرير السابع عشر، الدورة الحادية والخمسون), and after a
// preposition the tens show the genitive (إلى الدورة الحادية والخمسين). No diacritics: official prose has none.
// The hundred is spelt المائة, not المئة: both are correct, and OIC and UN Arabic documents write المائة.

export type ArabicGender = 'masculine' | 'feminine';
export type ArabicCase = 'nominative' | 'genitive';

// 1–10 alone. The feminine is the masculine with ta marbuta (الثالث → الثالثة), except الأول → الأولى.
const UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

// The tens without their ending: -ون in the nominative, -ين in the genitive (and accusative). Both genders.
const TENS = ['العشر', 'الثلاث', 'الأربع', 'الخمس', 'الست', 'السبع', 'الثمان', 'التسع'];

// 300–900 are written as one word (ثلاثمائة), as in current usage; they do not change for case.
const HUNDREDS = ['الثلاثمائة', 'الأربعمائة', 'الخمسمائة', 'الستمائة', 'السبعمائة', 'الثمانمائة', 'التسعمائة'];

/** The unit 1–9 (or 10) as the first part of a compound: 1 is الحادي there (الحادي عشر), not الأول. */
function unit(u: number, gender: ArabicGender, compound: boolean): string {
  if (u === 1) {
    if (compound) return gender === 'feminine' ? 'الحادية' : 'الحادي';
    return gender === 'feminine' ? 'الأولى' : 'الأول';
  }
  const masculine = UNITS[u - 1] ?? '';
  return gender === 'feminine' ? `${masculine}ة` : masculine;
}

/**
 * 1–99; `compound` when a hundred follows (الحادي بعد المائة). Teens keep the fatha ending, so they look the
 * same in every case; only the tens show it.
 */
function belowHundred(n: number, gender: ArabicGender, grammaticalCase: ArabicCase, compound = false): string {
  if (n <= 10) return unit(n, gender, compound);
  const u = n % 10;
  // 11–19: the ten agrees with the noun too (الثالث عشر، الثالثة عشرة).
  if (n < 20) return `${unit(u, gender, true)} ${gender === 'feminine' ? 'عشرة' : 'عشر'}`;
  const tens = `${TENS[Math.floor(n / 10) - 2] ?? ''}${grammaticalCase === 'genitive' ? 'ين' : 'ون'}`;
  return u === 0 ? tens : `${unit(u, gender, true)} و${tens}`;
}

/** 100, 200, …, 900 alone. Only the dual shows the case (المائتان، المائتين). */
function hundreds(h: number, grammaticalCase: ArabicCase): string {
  if (h === 1) return 'المائة';
  if (h === 2) return grammaticalCase === 'genitive' ? 'المائتين' : 'المائتان';
  return HUNDREDS[h - 3] ?? '';
}

/**
 * 1–999, the caller having checked the range. Above a hundred the rest comes first and the hundred follows
 * بعد, the common official form (الحادي بعد المائة، العشرون بعد المائتين); after بعد the hundred is genitive.
 */
export function arabicOrdinal(n: number, gender: ArabicGender, grammaticalCase: ArabicCase): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return belowHundred(rest, gender, grammaticalCase);
  if (rest === 0) return hundreds(h, grammaticalCase);
  return `${belowHundred(rest, gender, grammaticalCase, true)} بعد ${hundreds(h, 'genitive')}`;
}
