// Who issues documents, how each writes its number and symbol, and how numbering restarts:
// Party committees count per type within a term, State bodies per type within a year, and
// normative State documents carry the year in the symbol (Hướng dẫn 36-HD/VPTW, NĐ 30/2020).

import type { IssuerSystem, Level } from '../../server/src/domain/types.ts';
import { centralTermAt, provincialTermAt, yearOf, type Day, type Term } from './calendar.ts';
import type { DocType } from './doc-types.ts';
import { provincePhrase, type Locality } from './geography.ts';
import type { Province } from './geography.ts';

export type SymbolStyle =
  | { kind: 'party'; code: string }            // 19-CT/TU
  | { kind: 'state'; code: string }            // 1234/QĐ-UBND, 629/LĐLĐ (dispatch)
  | { kind: 'dispatch'; code: string }         // 789/UBND-KT: no type code
  | { kind: 'normative'; code: string };       // 08/2022/NĐ-CP

export interface Issuer {
  /** Numbers are unique within (numberingId, type, term or year). */
  numberingId: string;
  system: IssuerSystem;
  level: Level;
  /** Full name: "Tỉnh ủy Cao Bằng", "Bộ Chính trị". */
  name: string;
  /** How a document of the same place names it after "của": "Tỉnh ủy", "UBND tỉnh". */
  shortNames: string[];
  /** The header's left column, top line first. */
  header: string[];
  /** The header's right column: "ĐẢNG CỘNG SẢN VIỆT NAM" or the national motto. */
  motto: string[];
  symbol: SymbolStyle;
  province: Province | null;
  /** The place written before the date in the header. */
  place: string;
  /** Term for Party numbering; null for State numbering by year. */
  termAt(day: Day): Term | null;
}

const STATE_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_MOTTO = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** The number and symbol as the issuer writes it, without any noise. */
export function writeSymbol(issuer: Issuer, type: DocType, n: number, day: Day): string {
  const num = n < 10 && issuer.symbol.kind === 'party' ? `0${n}` : String(n);
  switch (issuer.symbol.kind) {
    // A Party dispatch carries the code CV: "123-CV/TU".
    case 'party': return `${num}-${type.code || 'CV'}/${issuer.symbol.code}`;
    case 'state': return type.code ? `${num}/${type.code}-${issuer.symbol.code}` : `${num}/${issuer.symbol.code}`;
    case 'dispatch': return `${num}/${issuer.symbol.code}`;
    case 'normative': return `${num}/${yearOf(day)}/${type.code}-${issuer.symbol.code}`;
  }
}

const centralTerm = (day: Day): Term => centralTermAt(day);

function central(name: string, shortNames: string[], header: string[], system: IssuerSystem, symbol: SymbolStyle, numberingId: string): Issuer {
  return {
    numberingId, system, level: 'central', name, shortNames, header,
    motto: system === 'party' ? PARTY_MOTTO : STATE_MOTTO,
    symbol, province: null, place: 'Hà Nội',
    termAt: system === 'party' ? centralTerm : () => null,
  };
}

export const CENTRAL = {
  centralCommittee: central('Ban Chấp hành Trung ương', ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'BCH Trung ương'], ['BAN CHẤP HÀNH TRUNG ƯƠNG', '*'], 'party', { kind: 'party', code: 'TW' }, 'party:TW'),
  politburo: central('Bộ Chính trị', ['Bộ Chính trị'], ['BAN CHẤP HÀNH TRUNG ƯƠNG', '*'], 'party', { kind: 'party', code: 'TW' }, 'party:TW'),
  secretariat: central('Ban Bí thư', ['Ban Bí thư', 'Ban Bí thư Trung ương Đảng'], ['BAN CHẤP HÀNH TRUNG ƯƠNG', '*'], 'party', { kind: 'party', code: 'TW' }, 'party:TW'),
  government: central('Chính phủ', ['Chính phủ'], ['CHÍNH PHỦ'], 'state', { kind: 'state', code: 'CP' }, 'state:CP'),
  governmentDecree: central('Chính phủ', ['Chính phủ'], ['CHÍNH PHỦ'], 'state', { kind: 'normative', code: 'CP' }, 'state:CP:normative'),
  primeMinister: central('Thủ tướng Chính phủ', ['Thủ tướng Chính phủ'], ['THỦ TƯỚNG CHÍNH PHỦ'], 'state', { kind: 'state', code: 'TTg' }, 'state:TTg'),
};

export interface ProvinceIssuers {
  committee: Issuer;
  propaganda: Issuer;
  peoplesCommittee: Issuer;
  peoplesCommitteeDispatch: Issuer;
  departments: { issuer: Issuer; from: Day; to: Day }[];
  massOrganisations: Issuer[];
}

export function provinceIssuers(locality: Locality): ProvinceIssuers {
  const p = locality.province;
  const city = p.kind === 'thành phố';
  const committeeWord = city ? 'Thành ủy' : 'Tỉnh ủy';
  const where = provincePhrase(p);
  const id = `${locality.merged ? 'after' : 'before'}:${p.slug}`;
  const place = p.places[0] ?? p.name;
  const termAt = (day: Day): Term => provincialTermAt(day, locality.firstCongress, locality.merged);
  const base = { province: p, place, level: 'province' as const };
  const party = (numberingId: string, name: string, shortNames: string[], header: string[], code: string): Issuer =>
    ({ ...base, numberingId, system: 'party', name, shortNames, header, motto: PARTY_MOTTO, symbol: { kind: 'party', code }, termAt });
  const state = (numberingId: string, system: IssuerSystem, name: string, shortNames: string[], header: string[], symbol: SymbolStyle, motto = STATE_MOTTO): Issuer =>
    ({ ...base, numberingId, system, name, shortNames, header, motto, symbol, termAt: () => null });
  const ubndShort = city ? 'UBND thành phố' : 'UBND tỉnh';
  const ubndLong = city ? 'Ủy ban nhân dân thành phố' : 'Ủy ban nhân dân tỉnh';
  const dept = (code: string, name: string, from: string, to: string) => ({
    issuer: state(`${id}:${code}`, 'state', `${name} ${where}`, [name], [upper(`UBND ${where}`), upper(name)], { kind: 'state', code }),
    from: Date.parse(`${from}T00:00:00Z`) / 86_400_000,
    to: Date.parse(`${to}T00:00:00Z`) / 86_400_000,
  });
  const mass = (code: string, name: string, header: string[], motto = STATE_MOTTO, symbol: SymbolStyle = { kind: 'state', code }): Issuer =>
    state(`${id}:${code}`, 'mass', `${name} ${where}`, [`${name} ${city ? 'thành phố' : 'tỉnh'}`], header, symbol, motto);
  return {
    committee: party(`${id}:TU`, `${committeeWord} ${p.name}`,
      [committeeWord, `Ban Thường vụ ${committeeWord}`, `${committeeWord} ${p.name}`, `Ban Thường vụ ${committeeWord} ${p.name}`],
      [upper(`Đảng bộ ${where}`), upper(committeeWord), '*'], 'TU'),
    propaganda: party(`${id}:BTGTU`, `Ban Tuyên giáo ${committeeWord} ${p.name}`,
      [`Ban Tuyên giáo ${committeeWord}`], [upper(`${committeeWord} ${p.name}`), 'BAN TUYÊN GIÁO', '*'], 'BTGTU'),
    peoplesCommittee: state(`${id}:UBND`, 'state', `Ủy ban nhân dân ${where}`, [ubndShort, ubndLong, `${ubndShort} ${p.name}`],
      ['ỦY BAN NHÂN DÂN', upper(where)], { kind: 'state', code: 'UBND' }),
    peoplesCommitteeDispatch: state(`${id}:UBND`, 'state', `Ủy ban nhân dân ${where}`, [ubndShort, ubndLong],
      ['ỦY BAN NHÂN DÂN', upper(where)], { kind: 'dispatch', code: 'UBND-KT' }),
    departments: [
      dept('STNMT', 'Sở Tài nguyên và Môi trường', '2001-01-01', '2025-02-28'),
      dept('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', '2001-01-01', '2025-02-28'),
      dept('SNNMT', 'Sở Nông nghiệp và Môi trường', '2025-03-01', '2030-12-31'),
      dept('SGDĐT', 'Sở Giáo dục và Đào tạo', '2001-01-01', '2030-12-31'),
      dept('SYT', 'Sở Y tế', '2001-01-01', '2030-12-31'),
      dept('SKHCN', 'Sở Khoa học và Công nghệ', '2001-01-01', '2030-12-31'),
      dept('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', '2008-01-01', '2030-12-31'),
      dept('SNV', 'Sở Nội vụ', '2001-01-01', '2030-12-31'),
      dept('STC', 'Sở Tài chính', '2001-01-01', '2030-12-31'),
    ],
    massOrganisations: [
      mass('LĐLĐ', 'Liên đoàn Lao động', ['TỔNG LĐLĐ VIỆT NAM', upper(`Liên đoàn Lao động ${where}`)]),
      mass('MTTQ-BTT', 'Ủy ban Mặt trận Tổ quốc Việt Nam', ['ỦY BAN MTTQ VIỆT NAM', upper(where), 'BAN THƯỜNG TRỰC']),
      mass('HLHPN', 'Hội Liên hiệp Phụ nữ', ['HỘI LHPN VIỆT NAM', upper(`Hội LHPN ${where}`)]),
      mass('HND', 'Hội Nông dân', ['HỘI NÔNG DÂN VIỆT NAM', upper(`Hội Nông dân ${where}`)]),
      mass('HNCT', 'Hội Người cao tuổi', ['HỘI NCT VIỆT NAM', upper(`Hội NCT ${where}`)]),
      mass('TĐTN-TG', city ? 'Thành Đoàn' : 'Tỉnh Đoàn', [upper(`BCH Đoàn ${where}`), '***'], ['ĐOÀN TNCS HỒ CHÍ MINH'], { kind: 'party', code: 'TĐTN-TG' }),
    ],
  };
}

export interface LocalIssuers {
  committee: Issuer;
  peoplesCommittee: Issuer;
}

/** A district's (before 2025) or a commune's Party committee and People's Committee. */
export function localIssuers(locality: Locality, level: 'district' | 'commune', kind: string, name: string, parent: string | null): LocalIssuers {
  const p = locality.province;
  const id = `${locality.merged ? 'after' : 'before'}:${p.slug}:${parent ?? ''}:${name}`;
  const committeeWord = level === 'district' ? (kind === 'quận' ? 'Quận ủy' : 'Huyện ủy') : 'Đảng ủy';
  const code = level === 'district' ? (kind === 'quận' ? 'QU' : 'HU') : 'ĐU';
  const unit = `${kind} ${name}`;
  const parentHeader = parent ? upper(`Đảng bộ ${parent}`) : upper(`Đảng bộ ${provincePhrase(p)}`);
  const termAt = (day: Day): Term => provincialTermAt(day, 20, locality.merged);
  const base = { province: p, place: name, level } as const;
  const committeeName = level === 'district' ? `${committeeWord} ${name}` : `Đảng ủy ${unit}`;
  return {
    committee: {
      ...base, numberingId: `${id}:party`, system: 'party', name: committeeName,
      shortNames: level === 'district' ? [committeeWord, `Ban Thường vụ ${committeeWord}`] : ['Đảng ủy', `Đảng ủy ${kind}`],
      header: [parentHeader, upper(committeeName), '*'], motto: PARTY_MOTTO, symbol: { kind: 'party', code }, termAt,
    },
    peoplesCommittee: {
      ...base, numberingId: `${id}:UBND`, system: 'state', name: `Ủy ban nhân dân ${unit}`,
      shortNames: [`UBND ${kind}`, `Ủy ban nhân dân ${kind}`],
      header: ['ỦY BAN NHÂN DÂN', upper(unit)], motto: STATE_MOTTO, symbol: { kind: 'state', code: 'UBND' }, termAt: () => null,
    },
  };
}
