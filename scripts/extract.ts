// `npm run --silent extract -- FILE`: prints one JSON object, the document's identity and
// every document it references ({ document, references }, see server/src/domain/types.ts).
// Offsets are offsets into the file's text as decoded (UTF-8/16, TCVN3, VNI, docx, pdf, html).
import { readDocumentText } from '../server/src/ingest/formats/index.ts';
import { extract } from '../server/src/extraction/index.ts';

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((arg) => arg !== '--');
  if (files.length !== 1) {
    process.stderr.write('usage: npm run --silent extract -- FILE\n');
    return 1;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = (await readDocumentText(file)).text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(reason.includes(file) ? `extract: ${reason}\n` : `extract: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const result = extract(text, { source: file });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
