// `npm run bench:extract [-- --mb 32]`: extraction throughput on one core over a corpus
// of a few tens of MB, beside the throughput of only normalising and scanning the same
// text, then the accuracy summary of the annotated corpus. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../test/extraction/corpus/index.ts';
import { formatSummary, summarise } from '../test/extraction/figures.ts';
import { loadExtract } from '../test/extraction/load-extractor.ts';
import { scoreCase, type Extract } from '../test/extraction/scoring.ts';

const megabytesWanted = Number(process.argv[process.argv.indexOf('--mb') + 1]) || 32;

// Variation so that the benchmark does not replay the same few texts: other provinces,
// other numbers and other years, as a national collection would have.
const PROVINCES = [
  'Cao Bằng', 'Lào Cai', 'Nghệ An', 'Quảng Ninh', 'Đắk Lắk', 'Bến Tre', 'Cà Mau', 'Thái Bình', 'Hà Giang', 'Bình Định',
  'Sóc Trăng', 'Phú Thọ', 'Kon Tum', 'Long An', 'Tuyên Quang', 'Quảng Trị', 'Hậu Giang', 'Ninh Thuận', 'Gia Lai', 'Thanh Hóa',
];
const PROVINCE_PATTERN = new RegExp(PROVINCES.join('|'), 'gu');

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function vary(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return text
    .replace(PROVINCE_PATTERN, () => pick(PROVINCES))
    .replace(/(?<!\d)\d{1,4}(?=\s?[-/]\s?[A-ZĐa-z])/gu, () => String(1 + Math.floor(random() * 2500)))
    .replace(/năm 20(\d\d)/gu, () => `năm 20${String(10 + Math.floor(random() * 15))}`);
}

function buildCorpus(megabytes: number): string[] {
  const seedTexts = readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join('seeds', name), 'utf8'));
  const sources = [...corpus.map((corpusCase) => corpusCase.text), ...seedTexts];
  const random = seededRandom(20240101);
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = vary(sources[i % sources.length]!, random);
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return texts;
}

type Normalise = (text: string) => { text: string };

async function loadNormalise(): Promise<Normalise> {
  try {
    const module = (await import('../server/src/extraction/normalise.ts')) as { normalise?: Normalise };
    if (typeof module.normalise === 'function') return module.normalise;
  } catch {
    // Fall through: without the extractor's own normaliser, NFC is the cheapest stand-in.
  }
  return (text) => ({ text: text.normalize('NFC') });
}

// The cheapest conceivable reference scan: one pass of one pattern over the clean text.
const SCAN = /số\s*\d+\s*[-/]/giu;

interface Throughput {
  /** MB/s over elapsed time. */
  wall: number;
  /** MB/s over the CPU time this process used: steadier on a machine shared with other work. */
  cpu: number;
}

function throughput(texts: readonly string[], work: (text: string) => unknown): Throughput {
  const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
  texts.slice(0, Math.min(texts.length, 2000)).forEach(work); // warm-up: let the JIT settle
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const text of texts) work(text);
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
  return { wall: bytes / 1e6 / wallSeconds, cpu: bytes / 1e6 / cpuSeconds };
}

const formatThroughput = ({ wall, cpu }: Throughput) =>
  `${wall.toFixed(2).padStart(8)} MB/s elapsed  ${cpu.toFixed(2).padStart(8)} MB/s of CPU time`;

async function main(): Promise<void> {
  const extract: Extract = await loadExtract();
  const normalise = await loadNormalise();
  const texts = buildCorpus(megabytesWanted);
  const totalMegabytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
  console.log(`Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`Benchmark corpus: ${texts.length} texts, ${totalMegabytes.toFixed(1)} MB (UTF-8), one core`);
  const scanOnly = throughput(texts, (text) => normalise(text).text.match(SCAN)?.length ?? 0);
  console.log(`  normalise + one regex pass  ${formatThroughput(scanOnly)}`);
  const extraction = throughput(texts, extract);
  console.log(`  full extraction             ${formatThroughput(extraction)}`);
  console.log(`  extraction costs ${(scanOnly.cpu / extraction.cpu).toFixed(1)}× the CPU time of normalising and scanning\n`);
  console.log(formatSummary(summarise(corpus.map((corpusCase) => scoreCase(corpusCase, extract)))));
}

await main();
