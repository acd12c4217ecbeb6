// Builds one document's text as a list of lines made of pieces, some of which are
// references. Noise that changes lengths (NFD, CRLF, old tone marks) is applied piece by
// piece, so the offsets of every reference in the final text are known exactly.

import { noisySymbol, oldToneMarks, type NoiseRates, type NoiseTally } from './noise.ts';
import type { Random } from './random.ts';
import type { AssertedEdge } from './document.ts';

export interface Mention {
  edge: AssertedEdge;
  /** True when this mention alone pins the target down (date, term or year in the symbol). */
  pinned: boolean;
}

type Piece = string | { text: string; mention: Mention };

export interface PlacedMention extends Mention {
  start: number;
  end: number;
  surface: string;
}

export interface FinishedText {
  text: string;
  mentions: PlacedMention[];
}

export class TextBuilder {
  private readonly lines: Piece[][] = [];

  constructor(
    readonly random: Random,
    readonly noise: NoiseRates,
    readonly tally: NoiseTally,
  ) {}

  /** Adds one line (a paragraph or a header line). */
  line(...pieces: Piece[]): void {
    this.lines.push(pieces);
  }

  blank(): void {
    this.lines.push(['']);
  }

  /** A symbol with noise, for headers and references. */
  symbol(symbol: string): string {
    return noisySymbol(symbol, this.random, this.noise, this.tally);
  }

  finish(options: { nfdLine: boolean; crlf: boolean; oldTones: boolean; trailingJunk: boolean }): FinishedText {
    const bodyLines = this.lines.map((pieces, index) => ({ pieces, index })).filter(({ pieces }) => pieces.some((p) => typeof p !== 'string' || p.length > 40));
    const nfdIndex = options.nfdLine && bodyLines.length > 0 ? this.random.pick(bodyLines).index : -1;
    const newline = options.crlf ? '\r\n' : '\n';
    const transform = (text: string, lineIndex: number): string => {
      let out = options.oldTones ? oldToneMarks(text) : text;
      if (lineIndex === nfdIndex) out = out.normalize('NFD');
      return options.crlf ? out.replace(/\n/g, '\r\n') : out;
    };
    let text = '';
    const mentions: PlacedMention[] = [];
    this.lines.forEach((pieces, lineIndex) => {
      for (const piece of pieces) {
        if (typeof piece === 'string') {
          text += transform(piece, lineIndex);
        } else {
          const surface = transform(piece.text, lineIndex);
          mentions.push({ ...piece.mention, start: text.length, end: text.length + surface.length, surface });
          text += surface;
        }
      }
      text += newline;
    });
    if (options.trailingJunk) text += [',', ',', '.', ','].join(newline) + newline;
    return { text, mentions };
  }
}
