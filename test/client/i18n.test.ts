import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGE_KEYS, setLanguage, t } from '../../client/src/i18n.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

test('Vietnamese and English say the same things with the same placeholders', () => {
  for (const key of MESSAGE_KEYS) {
    setLanguage('vi');
    const vi = t(key);
    setLanguage('en');
    const en = t(key);
    assert.ok(vi.trim() !== '' && en.trim() !== '', key);
    assert.deepEqual(placeholders(en), placeholders(vi), `placeholders of ${key}`);
  }
});

test('placeholders are filled from the values given', () => {
  setLanguage('vi');
  assert.equal(t('refused', { count: 25000, cap: 20000 }).startsWith('Đồ thị có 25000 phần tử, vượt giới hạn 20000.'), true);
  setLanguage('en');
  assert.equal(t('coverageImplemented', { count: 3 }), 'Implemented: 3');
  setLanguage('vi');
});
