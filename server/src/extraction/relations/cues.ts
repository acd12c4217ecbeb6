// Relation cues as data. A document implements what it says it carries out: its subject
// line ("Về việc thực hiện …", "KẾ HOẠCH thực hiện …"), a sentence that opens with
// "Thực hiện …" / "Để triển khai thực hiện …" (also a news page's "Thực hiện X, huyện đã …"),
// or "ban hành Kế hoạch thực hiện …". Everything else a document names it cites; the cue
// we keep then is the nearest phrase before the reference that says how ("Căn cứ",
// "theo tinh thần", "quán triệt", a recap such as "Sau hơn 10 năm triển khai thực hiện").

const TYPE_HEAD = String.raw`(?:kế hoạch|chương trình(?: hành động)?|đề án|hướng dẫn|chỉ thị|nghị quyết|kết luận|quy chế|quyết định|công văn|thông báo)`;
const CARRY_OUT = String.raw`(?:(?:tổ chức[ \t\r\n]+)?(?:triển khai[ \t\r\n]+)?(?:thực hiện|cụ thể hóa)|triển khai)`;
// "Để tiếp tục quán triệt và triển khai thực hiện", "về tiếp tục thực hiện", and the classic
// plan title "Kế hoạch tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện …".
const CONTINUING = String.raw`(?:tiếp tục[ \t\r\n]+)?(?:(?:tổ chức|nghiên cứu|học tập|quán triệt|tuyên truyền|phổ biến|hướng dẫn|chỉ đạo)[ \t\r\n,]+(?:và[ \t\r\n]+)?){0,5}`;
// "… của Ban Chỉ đạo Trung ương về …", "… Thành ủy Thành phố Hồ Chí Minh thực hiện …",
// "… Tỉnh ủy Quảng Bình (trước hợp nhất) thực hiện …": the rest of an issuer's name the tail
// did not read, and a note on it, before the words that link two documents. Matched with
// case (no "i" flag: "\p{Lu}" must stay a capital), and taken off before the link is read.
const LINK_WORD = String.raw`(?:về|để|nhằm|thực hiện|triển khai|tổ chức|ban hành|phê duyệt|tổng kết|sơ kết|đánh giá|hướng dẫn)(?![\p{L}\p{M}])`;
const NOTE = String.raw`(?:\([^()\n]{1,30}\)[ \t\r\n]*)?`;
export const OWNER_REST = new RegExp(
  String.raw`^[ \t\r\n]*(?:(?:của[ \t\r\n]+)?\p{Lu}(?:(?![ \t\r\n]+(?:và|hoặc|với)[ \t\r\n])[^.;:,"“”()]){0,60}?(?=[ \t\r\n]+${NOTE}${LINK_WORD}))?[ \t\r\n]*${NOTE}`,
  'u',
);
// "ban hành Kế hoạch thực hiện …": a decision issuing the plan that carries something out.
const ISSUING = String.raw`(?:(?:ban hành|phê duyệt)[ \t\r\n]+${TYPE_HEAD}(?:[ \t\r\n]+hành động)?(?:[ \t\r\n]+của[ \t\r\n]+\p{Lu}[^.;:,"“”]{0,40}?)?[ \t\r\n]+(?:để[ \t\r\n]+)?)?`;

/** Openings of a sentence that make the document carry out what the sentence names. */
export const IMPLEMENTS_OPENINGS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:v\/v:?|về việc|về)[ \t\r\n]+${CONTINUING}${CARRY_OUT}`, 'iu'),
  new RegExp(String.raw`^${TYPE_HEAD}(?:[ \t\r\n]+(?:số[ \t]*[^ \t\r\n]+))?(?:[ \t\r\n]+của[^.;:]{1,80}?)?[ \t\r\n]+(?:về[ \t\r\n]+(?:việc[ \t\r\n]+)?)?${CONTINUING}${CARRY_OUT}`, 'iu'),
  new RegExp(String.raw`^(?:(?:để|nhằm)[ \t\r\n]+${CONTINUING})?${CARRY_OUT}`, 'iu'),
];

/** The plain opening "(Để) thực hiện …", also the opening of a clause after a semicolon. */
export const CARRY_OUT_OPENING = IMPLEMENTS_OPENINGS[IMPLEMENTS_OPENINGS.length - 1]!;

/**
 * Right before a reference inside a sentence: "ban hành Kế hoạch triển khai thực hiện …",
 * "… và để cụ thể hóa …" (the document's purpose, stated mid-sentence).
 */
export const IMPLEMENTS_BEFORE = new RegExp(
  String.raw`(?:(?:ban hành|xây dựng)[ \t\r\n]+${TYPE_HEAD}[ \t\r\n]+(?:để[ \t\r\n]+)?${CARRY_OUT}|(?<![\p{L}\p{M}])(?:để|nhằm)[ \t\r\n]+${CONTINUING}${CARRY_OUT}(?:[ \t\r\n]+(?:có hiệu quả|nghiêm túc|tốt))?)[ \t\r\n]*$`,
  'iu',
);

/**
 * A sentence about a document just named, saying what it carries out: "Kế hoạch được xây
 * dựng nhằm triển khai thực hiện Chỉ thị số 04/CT-TTg …" — the plan is the subject.
 */
export const CARRIER_OPENING = new RegExp(
  String.raw`^(${TYPE_HEAD})(?:[ \t]+(?:này|trên|nêu trên))?[ \t]+(?:được[ \t]+(?:xây dựng|ban hành)[ \t]+)?(?:(?:nhằm|để)[ \t]+)?${CARRY_OUT}`,
  'iu',
);


/**
 * Phrases that say a reference is relied on, recalled or studied; found anywhere in a
 * sentence. No letter may precede one: callers check that in code (see boundaries.ts).
 */
export const CITING_CUES = new RegExp(
  [
    String.raw`sau[ \t]+(?:hơn[ \t]+)?\S+[ \t]+năm[ \t]+(?:triển khai[ \t]+)?thực hiện`,
    String.raw`căn cứ(?:[ \t]+vào)?`,
    String.raw`theo tinh thần`,
    String.raw`xét đề nghị`,
    String.raw`trên cơ sở`,
    String.raw`quán triệt`,
    String.raw`tổng kết`,
    String.raw`sơ kết`,
    String.raw`theo quy định(?:[ \t]+tại)?`,
    String.raw`theo(?![ \t]+dõi)`,
    String.raw`thi hành`,
    String.raw`tuyên truyền`,
    String.raw`(?:triển khai[ \t]+)?thực hiện`,
    String.raw`triển khai`,
  ].map((source) => String.raw`${source}(?![\p{L}\p{M}])`).join('|'),
  'giu',
);

/** Cues that end the reach of an opening "Thực hiện": "…; căn cứ Hướng dẫn số 115 …". */
export const BREAKS_IMPLEMENTS = /^(?:căn cứ|theo tinh thần|xét đề nghị|trên cơ sở|quán triệt|tổng kết|sơ kết|sau)/iu;

/** Between a cited document and the next: the first carries out the second ("… của Tỉnh ủy thực hiện Nghị quyết số 25-NQ/TW"). */
export const LINK_IMPLEMENTS = new RegExp(
  String.raw`^[\s,]*["“]?[ \t]*${ISSUING}(?:(?:về|để|nhằm)[ \t\r\n]+(?:việc[ \t\r\n]+)?(?:${TYPE_HEAD}[ \t\r\n]+)?${CONTINUING})?${CARRY_OUT}[\s]*$`,
  'iu',
);

/**
 * "Kế hoạch số 45/KH-UBND … về thực hiện Chương trình mục tiêu quốc gia … theo Quyết định số
 * 1600/QĐ-TTg", "… triển khai thực hiện Đề án … ban hành kèm theo Quyết định số 1580/QĐ-UBND":
 * a programme without a number, known by the decision that issued it, carried out by the first.
 */
export const LINK_PROGRAMME = new RegExp(
  String.raw`^[\s,]*(?:về[ \t\r\n]+(?:việc[ \t\r\n]+)?)?${CONTINUING}${CARRY_OUT}[ \t\r\n]+(?:đề án|chương trình|chiến lược|dự án|quy hoạch|phương án)[^.;:“”"]{1,200}?(?:ban hành kèm theo|được phê duyệt (?:tại|theo)|phê duyệt tại|theo)[\s]*$`,
  'iu',
);

/** "Quyết định số 412/QĐ-UBND phê duyệt Kế hoạch số 35/KH-SNN": the first approves (so cites) the second. */
export const LINK_APPROVES = /^[\s,]*(?:phê duyệt|ban hành kèm theo|ban hành)[\s]*$/iu;

/**
 * "Nghị quyết số 71/NQ-CP sửa đổi, bổ sung … Chương trình hành động … ban hành kèm theo Nghị
 * quyết số 03/NQ-CP", "Quyết định số 12 thay thế Quyết định số 5": the first cites the second.
 */
export const LINK_AMENDS = /^[\s,]*(?:sửa đổi|bổ sung|thay thế|bãi bỏ|điều chỉnh|bãi bỏ|hủy bỏ)(?![\p{L}\p{M}])[^.;:“”"]{0,120}?[\s]*$/iu;

/** "Công văn số 7812 … về việc báo cáo theo đề nghị tại Công văn số 4521": the first answers the second. */
export const LINK_ANSWERS = /^[\s,]*(?:(?:về|v\/v)[ \t\r\n]+(?:việc[ \t\r\n]+)?[^.;:“”"]{0,80}?[ \t\r\n]+)?(?:theo|phúc đáp|trả lời)[ \t\r\n]+(?:đề nghị|yêu cầu|chỉ đạo|hướng dẫn)[ \t\r\n]+(?:tại|của)[\s]*$/iu;

/** "Nghị quyết số 57-NQ/TW … đã được Chính phủ cụ thể hóa bằng Nghị quyết số 03/NQ-CP": the second carries out the first. */
export const LINK_CARRIED_OUT_BY = /^[\s,]*(?:đã[ \t\r\n]+)?được[^.;:]{0,60}?(?:cụ thể hóa|cụ thể hoá|thể chế hóa|thể chế hoá|triển khai(?:[ \t\r\n]+thực hiện)?)[ \t\r\n]+(?:bằng|tại|qua)[\s]*$/iu;

/** "Kế hoạch số 1102/KH-UBND về phòng, chống hạn mặn nhằm triển khai thực hiện Chỉ thị …": its topic, then its purpose. */
export const LINK_PURPOSE = new RegExp(
  String.raw`^[\s,]*(?:về|v\/v)[ \t\r\n][^.;:“”"]{1,100}?[\s,]+(?:(?:để|nhằm)[ \t\r\n]+${CONTINUING})${CARRY_OUT}[\s]*$`,
  'iu',
);

/** Between a document and the next: the first reviews the second ("“Về tổng kết 10 năm thực hiện Nghị quyết …"). */
export const LINK_REVIEWS = new RegExp(
  String.raw`^[\s,]*["“]?[ \t]*(?:về[ \t]+)?(?:việc[ \t]+)?(?:tổng kết|sơ kết|đánh giá)[^.;:\n"”“]{0,60}?(?:thực hiện|triển khai)[\s]*$`,
  'iu',
);

/**
 * A sentence reporting what a document just named says: "Chỉ thị nêu rõ, thực hiện …",
 * "Kế hoạch xác định: sau 10 năm thực hiện …". That document is the sentence's subject.
 */
export const REPORTING_OPENING = new RegExp(
  String.raw`^(${TYPE_HEAD})(?:[ \t]+(?:này|trên|nêu trên|mới))?[ \t]+(?:nêu rõ|xác định|yêu cầu|nhấn mạnh|chỉ rõ|đánh giá|khẳng định)[ \t]*[,:][ \t]*`,
  'iu',
);

/**
 * How the words between two documents link them, as data, tried in this order: the
 * relation the first stands in to the second, how far apart they may be, and where in
 * those words the cue phrase begins (by default where they begin).
 */
export interface LinkCue {
  pattern: RegExp;
  relation: 'implements' | 'cites';
  /** Characters the words between may run to. */
  reach: number;
  /** The cue starts at the first match of this ("để", "nhằm"), when given. */
  cueFrom?: RegExp;
}

/** How far apart two documents the words between link may stand, in characters. */
export const LINK_REACH = 120;

export const LINKS: readonly LinkCue[] = [
  // A programme named in words between the two documents takes more room.
  { pattern: LINK_PROGRAMME, relation: 'implements', reach: 280 },
  { pattern: LINK_APPROVES, relation: 'cites', reach: LINK_REACH },
  { pattern: LINK_AMENDS, relation: 'cites', reach: LINK_REACH },
  { pattern: LINK_ANSWERS, relation: 'cites', reach: LINK_REACH },
  { pattern: LINK_IMPLEMENTS, relation: 'implements', reach: LINK_REACH },
  { pattern: LINK_PURPOSE, relation: 'implements', reach: LINK_REACH, cueFrom: /(?:để|nhằm)[ \t\r\n]/iu },
  { pattern: LINK_REVIEWS, relation: 'cites', reach: LINK_REACH },
];

/** The longest reach of any link: beyond it no two documents are linked by the words between. */
export const LONGEST_LINK = Math.max(...LINKS.map((link) => link.reach));
