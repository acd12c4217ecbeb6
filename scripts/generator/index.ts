// Generates a national corpus: central documents of every term, each carried down through
// a share of the provinces (the 63 before July 2025, the 34 after), until the requested
// number of texts is written. Deterministic for a seed; streams to disk.

import { MERGER_DAY } from './calendar.ts';
import { buildCatalogue, buildGovernmentCatalogue } from './catalogue.ts';
import { CampaignPlanner, type PlannedText } from './campaign.ts';
import { composeDocument } from './compose.ts';
import { buildGeography } from './geography.ts';
import { composeNews } from './news.ts';
import { DEFAULT_NOISE, NoiseTally, type NoiseRates } from './noise.ts';
import { Numbering } from './numbering.ts';
import { Random } from './random.ts';
import { CorpusWriter } from './writer.ts';

export interface GenerateOptions {
  documents: number;
  seed: string;
  out: string;
  noise?: Partial<NoiseRates>;
  /** Made-up central documents per term, besides the real ones. */
  centralPerTerm?: number;
  onProgress?: (written: number) => void;
}

export interface GenerateSummary {
  documents: number;
  edges: number;
  bytes: number;
  noise: { rates: NoiseRates; applied: Record<string, number>; chances: Record<string, number> };
}

/** Roughly how many texts one province writes for one central document. */
const TEXTS_PER_PROVINCE = 9;

export function generateCorpus(options: GenerateOptions): GenerateSummary {
  const random = new Random(options.seed);
  const rates: NoiseRates = { ...DEFAULT_NOISE, ...options.noise };
  const tally = new NoiseTally();
  const numbering = new Numbering();
  const catalogue = buildCatalogue(random, numbering, options.centralPerTerm ?? 30);
  const geography = buildGeography(options.seed);
  const government = buildGovernmentCatalogue(random, numbering, 2);
  const planner = new CampaignPlanner(random, numbering, catalogue, government);
  const writer = new CorpusWriter(options.out);
  let newsSerial = 0;

  // Spread campaigns over every term, with as many provinces each as the size asks for.
  const campaigns = Math.max(6, Math.min(catalogue.length, Math.round(options.documents / 400)));
  // Most campaigns carry a Party document down; one in six a Prime Minister's decision.
  const partyRoots = Array.from({ length: campaigns }, (_, i) => catalogue[Math.floor((i * catalogue.length) / campaigns)]!);
  const stateCandidates = government.filter((d) => d.type.code !== 'NĐ');
  const roots = partyRoots.map((root, i) => (i % 6 === 5 ? stateCandidates[Math.floor((i * stateCandidates.length) / campaigns)]! : root));
  const perCampaign = Math.max(1, Math.ceil(options.documents / (campaigns * TEXTS_PER_PROVINCE)));

  const emit = (planned: PlannedText): boolean => {
    if (writer.documents >= options.documents) return false;
    const written = writer.documents;
    if (planned.genre === 'news') {
      const text = composeNews(planned.reported, planned.implemented, planned.day, random, rates, tally);
      writer.writeNews(`n${(++newsSerial).toString(36)}`, planned.reported, planned.day, text);
    } else if (planned.held) {
      writer.writeDocument(planned.plan.self, composeDocument(planned.plan, random, rates, tally));
    }
    if (writer.documents !== written && writer.documents % 1000 === 0) options.onProgress?.(writer.documents);
    return writer.documents < options.documents;
  };

  let round = 0;
  let before = -1;
  while (writer.documents < options.documents && writer.documents !== before && round < 50) {
    before = writer.documents;
    round++;
    for (const root of roots) {
      const centre = planner.centre(root);
      let step = centre.next();
      let open = true;
      // The root's own text and the Government's programme are written once.
      while (!step.done) {
        if (round === 1) open = emit(step.value);
        step = centre.next();
      }
      if (!open) break;
      const programme = step.value;
      const localities = root.day + 60 >= MERGER_DAY ? geography.after : geography.before;
      for (const locality of random.sample(localities, perCampaign)) {
        for (const planned of planner.province(root, programme, locality)) {
          if (!(open = emit(planned))) break;
        }
        if (!open) break;
      }
      if (!open) break;
    }
  }

  const summary = {
    documents: writer.documents,
    edges: writer.edges,
    bytes: writer.bytes,
    noise: { rates, applied: tally.applied, chances: tally.chances },
  };
  writer.close({ seed: options.seed, requested: options.documents, generator: 'scripts/generate.ts', noise: summary.noise });
  return summary;
}
