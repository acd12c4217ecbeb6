// "Kính gửi:" and the recipients after it, on the same line ("Kính gửi: Ban Thường vụ các
// huyện ủy, thành ủy") or as a dashed list over the next lines, blank lines allowed.

import { isBlank, nextNonBlank, squash, type Line } from './lines.ts';

const KINH_GUI = /^\s*(?:Kính\s+gửi|KÍNH\s+GỬI)\s*:?\s*(.*)$/u;
const LIST_ITEM = /^\s*[-–+•*]\s*(.+)$/u;

const clean = (item: string): string => squash(item).replace(/^[-–+•*]\s*/u, '').replace(/[;,.]+$/u, '').trim();

export function readRecipients(lines: readonly Line[], limit: number): string[] {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const m = KINH_GUI.exec(lines[i]!.text);
    if (!m) continue;
    const recipients: string[] = [];
    const sameLine = m[1]!.trim();
    if (sameLine !== '') {
      const item = LIST_ITEM.exec(sameLine);
      recipients.push(...(item ? item[1]! : sameLine).split(';').map(clean));
    }
    let at = i;
    while (recipients.length < 40) {
      const j = isBlank(lines[at + 1]) ? nextNonBlank(lines, at) : at + 1;
      if (j === -1) break;
      const text = lines[j]!.text;
      const item = LIST_ITEM.exec(text);
      // Undashed recipients, one a line, each ending with ";" and the last with ".".
      const plain = !item && sameLine === '' && /[;.,]\s*$/u.test(text) && text.trim().length < 150 && !/^\s*(?:Căn\s+cứ|Thực\s+hiện)/u.test(text);
      if (!item && !plain) break;
      recipients.push(clean(item ? item[1]! : text));
      at = j;
      if (plain && /\.\s*$/u.test(text)) break;
    }
    return recipients.filter((r) => r !== '');
  }
  return [];
}
