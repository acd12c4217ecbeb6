// Example queries against the seed corpus (the four documents `npm start` loads first).
const CONG_VAN_629 = 'mass:LĐLĐ:cao-bang:CV:629:2017';
const NGHI_QUYET_24 = 'party:TW:-:NQ:24:XI';
const NGHI_QUYET_25 = 'party:TW:-:NQ:25:?';
const NGHI_QUYET_41 = 'party:TW:-:NQ:41:IX';

export const EXAMPLES = [
  {
    title: 'Search "629"',
    query: `query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    hits { score document { key label type number issuer date level province placeholder } }
  }
}`,
    variables: { query: '629' },
  },
  {
    title: 'Search without diacritics',
    query: `query Search($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, first: 5) {
    totalCount endCursor hasNextPage
    hits { cursor document { label } }
  }
}`,
    variables: { query: 'bao ve moi truong', filter: { includePlaceholders: true } },
  },
  {
    title: 'A document by its number as typed',
    query: `query ByNumber($number: String!) {
  documentByNumber(number: $number) { key label placeholder }
}`,
    variables: { number: '41 NQ/TW' },
  },
  {
    title: 'A document with its evidence',
    query: `query Document($key: ID!) {
  document(key: $key) {
    label title issuer date place level province system
    references { relation cue sentence quote to { label placeholder } assertedBy { label } }
    referencedBy { relation from { label } }
  }
}`,
    variables: { key: CONG_VAN_629 },
  },
  {
    title: 'Lineage up from Công văn 629/LĐLĐ',
    query: `query Lineage($key: ID!) {
  lineage(key: $key, direction: UP, depth: 3) {
    truncated
    nodes { key label level }
    edges { from to relation cue sentence }
  }
}`,
    variables: { key: CONG_VAN_629 },
  },
  {
    title: 'Governing documents of 629/LĐLĐ',
    query: `query Governing($key: ID!) {
  governingDocuments(key: $key) {
    chains { reachesCentral implementsAllTheWay top { label } path { length quote } }
  }
}`,
    variables: { key: CONG_VAN_629 },
  },
  {
    title: 'Path from 629/LĐLĐ to 25-NQ/TW, quotable',
    query: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    length quote
    hops { relation cue sentence from { label } to { label } assertedBy { label } }
  }
}`,
    variables: { from: CONG_VAN_629, to: NGHI_QUYET_25 },
  },
  {
    title: 'Coverage of 24-NQ/TW by province',
    query: `query Coverage($key: ID!) {
  coverage(key: $key, relations: [IMPLEMENTS, CITES]) {
    knownProvinceCount
    provinces { province direct documents first { lagDays hops document { label } } }
    missingProvinces
    unitsWithoutProvince { issuer documents }
  }
}`,
    variables: { key: NGHI_QUYET_24 },
  },
  {
    title: 'Timeline after 41-NQ/TW',
    query: `query Timeline($key: ID!) {
  timeline(key: $key) {
    entries { date lagDays hops document { label } via { relation cue } }
  }
}`,
    variables: { key: NGHI_QUYET_41 },
  },
  {
    title: 'Statistics',
    query: `{
  stats {
    documents placeholders
    edges { relation count }
    byType { value count } byLevel { value count } byProvince { value count } byYear { value count }
    mostImplemented { count document { label } }
  }
}`,
  },
  {
    title: 'Ingest a text (needs the token)',
    query: `mutation Ingest($text: String!, $filename: String!) {
  ingestDocument(text: $text, filename: $filename) { key status edges references document { label } }
}`,
    variables: {
      filename: 'cv-12-ldld-bao-lac.txt',
      text: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẢO LẠC\nSố: 12/LĐLĐ\nBảo Lạc, ngày 02 tháng 8 năm 2017\nThực hiện Công văn số 629/LĐLĐ, ngày 21/7/2017 của Liên đoàn Lao động tỉnh Cao Bằng, Ban Thường vụ LĐLĐ huyện hướng dẫn các công đoàn cơ sở triển khai.',
    },
  },
];
