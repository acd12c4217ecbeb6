// Document types with their code (ký hiệu) and the names texts use for them.

export interface DocType {
  code: string;
  /** As a reference names it: "Chỉ thị", "Chương trình hành động". */
  name: string;
  /** Other ways a reference names the same type. */
  altNames: string[];
  /** As the header prints it above the subject line; null for a dispatch (công văn). */
  heading: string | null;
}

const make = (code: string, name: string, heading: string | null, altNames: string[] = []): DocType =>
  ({ code, name, altNames, heading });

export const TYPES = {
  NQ: make('NQ', 'Nghị quyết', 'NGHỊ QUYẾT'),
  CT: make('CT', 'Chỉ thị', 'CHỈ THỊ'),
  KL: make('KL', 'Kết luận', 'KẾT LUẬN'),
  QD: make('QĐ', 'Quyết định', 'QUYẾT ĐỊNH'),
  HD: make('HD', 'Hướng dẫn', 'HƯỚNG DẪN'),
  TB: make('TB', 'Thông báo', 'THÔNG BÁO'),
  KH: make('KH', 'Kế hoạch', 'KẾ HOẠCH'),
  CTr: make('CTr', 'Chương trình hành động', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', ['Chương trình']),
  ND: make('NĐ', 'Nghị định', 'NGHỊ ĐỊNH'),
  // A dispatch has no type code in its symbol ("629/LĐLĐ"); texts call it "Công văn".
  CV: make('', 'Công văn', null, ['Văn bản']),
} as const;

export type TypeName = keyof typeof TYPES;
