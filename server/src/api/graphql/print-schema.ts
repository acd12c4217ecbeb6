// Prints the schema the code builds; with --write, stores it as server/schema.graphql,
// the file the web client codes against and the snapshot test compares with.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './schema.ts';

export const schemaFile = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(schemaFile, printedSchema());
    console.log(`Wrote ${schemaFile}`);
  } else {
    process.stdout.write(printedSchema());
  }
}
