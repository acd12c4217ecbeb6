// `npm run score:corpus [-- --set held-out-2] [-- --failures]`: the accuracy summary of the
// annotated corpus, set by set: the tuning set the rules were fitted to, and each held-out
// batch written afterwards by someone who had not read the rules. The held-out figures are
// the honest estimate on unseen text (docs/extraction.md records them).
import { Command } from 'commander';
import { corpusSets } from '../test/extraction/corpus/index.ts';
import { formatFailures, formatSummary, summarise } from '../test/extraction/figures.ts';
import { loadExtract } from '../test/extraction/load-extractor.ts';
import { scoreCase } from '../test/extraction/scoring.ts';

const options = new Command()
  .name('score:corpus')
  .option('--set <name>', `one set: ${Object.keys(corpusSets).join(', ')}`)
  .option('--failures', 'also list the cases that went wrong')
  .parse()
  .opts<{ set?: string; failures?: boolean }>();

const names = options.set ? [options.set] : Object.keys(corpusSets);
const unknown = names.filter((name) => !corpusSets[name]);
if (unknown.length > 0) {
  console.error(`No corpus set named ${unknown.join(', ')}; the sets are ${Object.keys(corpusSets).join(', ')}.`);
  process.exit(2);
}

const extract = await loadExtract();
for (const name of names) {
  const outcomes = corpusSets[name]!.map((corpusCase) => scoreCase(corpusCase, extract));
  console.log(`\n== ${name}`);
  console.log(formatSummary(summarise(outcomes)));
  if (options.failures) console.log(formatFailures(outcomes));
}
