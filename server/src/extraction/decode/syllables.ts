// How Vietnamese a decoded text looks. The right decoding of a file turns its letters
// into valid, frequent Vietnamese syllables; every wrong one leaves symbols ("nh©n"),
// impossible letters ("Vieät") or replacement characters. The score only compares
// candidate decodings of the same bytes, so its scale does not matter.

import { remembered } from '../../domain/remembered.ts';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const ONSETS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
const NUCLEI = [
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
].join('|');
const SYLLABLE = new RegExp(`^(?:${ONSETS})?(?:${NUCLEI})(?:ch|nh|ng|c|m|n|p|t)?$`, 'u');

/** Syllables frequent in administrative and Party texts: strong evidence of a right decoding. */
const FREQUENT = new Set(
  ('của và các được người trong năm ngày tháng thực hiện nghị quyết chỉ thị số về với cho có là '
    + 'những một đã này tỉnh huyện xã ban đảng ủy nhân dân công tác văn bản quyết định kế hoạch '
    + 'chương trình hành động trung ương thường vụ lãnh đạo cấp cơ sở đoàn thể hội đồng việt nam '
    + 'cộng hòa xã chủ nghĩa độc lập tự do hạnh phúc tổ chức triển khai tăng cường quản lý phát triển '
    + 'kinh tế chính trị bộ theo để đến trên tại từ không đối nhiệm kỳ hướng dẫn kết luận báo cáo '
    + 'môi trường bảo vệ giáo dục tuyên truyền nội dung yêu cầu đề nghị thành phố địa phương').split(' '),
);

function checkSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/** The language has a few thousand syllables, so answers are remembered (within a bound). */
/** True when a lower-case word is a well-formed Vietnamese syllable with at most one tone. */
export const isVietnameseSyllable: (word: string) => boolean = remembered(checkSyllable, 50_000);

export interface SyllableCounts {
  /** Words with letters beyond ASCII that are valid syllables, and those that are not. */
  vietnamese: number;
  garbled: number;
  score: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NOISE = /[\ufffd\u0000-\u0008\u000e-\u001f\u007f-\u009f]|[^\p{L}\p{M}\p{N}\p{P}\p{Z}\p{Sc}\s\u0000-\u007f]/gu;
/** Scoring a sample is enough to choose, and keeps detection cheap on large files. */
const SAMPLE_CHARS = 50_000;

const ASCII_WORD = /^[a-z]+$/;

/** Higher is more Vietnamese: frequent syllables score most, garbled words and symbols cost. */
export function syllableCounts(text: string): SyllableCounts {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = { vietnamese: 0, garbled: 0, score: 0 };
  for (const match of sample.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const ascii = ASCII_WORD.test(word);
    if (FREQUENT.has(word)) {
      counts.score += ascii ? 1 : 3;
      if (!ascii) counts.vietnamese++;
    } else if (ascii) continue;
    else if (isVietnameseSyllable(word.normalize('NFC'))) { counts.score += 1; counts.vietnamese++; }
    else { counts.score -= 2; counts.garbled++; }
  }
  const noise = sample.match(NOISE)?.length ?? 0;
  counts.score -= 3 * noise;
  counts.garbled += noise;
  return counts;
}

export function vietnameseScore(text: string): number {
  return syllableCounts(text).score;
}
