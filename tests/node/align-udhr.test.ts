import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '@parallel-text/core';
import { loadUdhr } from '../bench/support/udhr.js';

test('the UDHR in Russian and English aligns exactly, its 9:10 preamble included', () => {
  const udhr = loadUdhr();
  const result = align(udhr.source, udhr.target);
  const describe = (pairs: readonly { source: readonly number[]; target: readonly number[] }[]) => pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`);
  assert.deepEqual(describe(result.pairs), describe(udhr.gold));
  // Генеральная Ассамблея, ↔ Now, therefore, + The General Assembly
  assert.ok(describe(result.pairs).includes('7:7,8'));
  assert.deepEqual(result.diagnostics, []);
});
