// Lines that end a title or a subject line: the national motto, the Party's name, the
// number line, the place-and-date line, the recipients, the opening words of a body.

const STOP = /^\s*(?:CỘNG\s+H[ÒO]A|C[ộỘ]ng\s+h[òo]a\s+x[ãÃ]|ĐỘC\s+LẬP|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN|S[ốỐ]\s*[:.]?\s*\d|S[ốỐ]\s*:|Kính\s+gửi|KÍNH\s+GỬI|Căn\s+cứ|CĂN\s+CỨ|Nơi\s+nhận|[-*_=]{3,}|\*\s*$)/u;
const PLACE_DATE = /^\s*(?:(?:TP|Tp)\.?\s*|(?:Thành phố|Thị xã|Huyện|Quận)\s+)?\p{Lu}[\p{L}\p{M}]*(?:[ \t-]+\p{Lu}[\p{L}\p{M}]*){0,5}\s*,?\s*ng[àa]y\s+\d/u;
const ONLY_DATE = /^\s*ng[àa]y\s+\d{1,2}\s*(?:tháng|[/.-])/iu;

export function isStopLine(text: string): boolean {
  return STOP.test(text) || PLACE_DATE.test(text) || ONLY_DATE.test(text);
}
