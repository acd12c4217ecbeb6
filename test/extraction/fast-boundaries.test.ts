// Word boundaries are checked in code with a shortcut for ASCII (boundaries.ts); every
// character before a match must give what the lookbehinds they stand for would give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notAfterLetter, symbolMayStart } from '../../server/src/extraction/boundaries.ts';

const NOT_AFTER_LETTER = /(?<![\p{L}\p{M}])$/u;
const SYMBOL_MAY_START = /(?:(?<=[sS][ốỐ])|(?<![\p{L}\p{M}\d/.\-–]))$/u;

test('the boundary checks agree with their lookbehinds for every character before a match', () => {
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    for (const before of [ch, `s${ch}`, `S${ch}`, `x${ch}`]) {
      assert.equal(notAfterLetter(`${before}1`, before.length), NOT_AFTER_LETTER.test(before), `notAfterLetter after U+${code.toString(16)}`);
      assert.equal(symbolMayStart(`${before}1`, before.length), SYMBOL_MAY_START.test(before), `symbolMayStart after U+${code.toString(16)}`);
    }
  }
  for (const before of ['số', 'Số', 'SỐ', 'sỐ', '𝐀', '\ud800', '']) {
    assert.equal(notAfterLetter(`${before}1`, before.length), NOT_AFTER_LETTER.test(before), before);
    assert.equal(symbolMayStart(`${before}1`, before.length), SYMBOL_MAY_START.test(before), before);
  }
});
