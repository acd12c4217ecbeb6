// Reads a PNG well enough to tell a real picture from a blank one: decodes the pixels and
// counts colours and how much of the image differs from its most common colour.
import { inflateSync } from 'node:zlib';

export interface PngSummary {
  width: number;
  height: number;
  /** Distinct colours among sampled pixels. */
  colours: number;
  /** Share of sampled pixels that differ from the most common colour. */
  inked: number;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function summarisePng(bytes: Buffer): PngSummary {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs are read');
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[body[9]!] ?? 4;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor((width * height) / 40_000));
  let sampled = 0;
  for (let i = 0; i < width * height; i += step) {
    const colour = pixels.subarray(i * channels, i * channels + channels).toString('hex');
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
    sampled++;
  }
  const commonest = Math.max(...counts.values());
  return { width, height, colours: counts.size, inked: 1 - commonest / sampled };
}
