// Writes need the configured token, compared in constant time, and are rationed per client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeAccess, writeRefusal } from '../../server/src/api/http/auth.ts';
import { WriteRateLimiter } from '../../server/src/api/http/rate-limit.ts';

test('write access: granted, missing, wrong, or writes not configured at all', () => {
  assert.equal(writeAccess('Bearer s3cret-token', 's3cret-token'), 'granted');
  assert.equal(writeAccess('bearer   s3cret-token ', 's3cret-token'), 'granted');
  assert.equal(writeAccess(undefined, 's3cret-token'), 'missing');
  assert.equal(writeAccess('Basic dXNlcg==', 's3cret-token'), 'missing');
  assert.equal(writeAccess('Bearer s3cret-tokeN', 's3cret-token'), 'wrong');
  assert.equal(writeAccess('Bearer s3cret-token-longer', 's3cret-token'), 'wrong');
  assert.equal(writeAccess('Bearer anything', undefined), 'unconfigured');
  assert.match(writeRefusal('unconfigured')!.message, /API_TOKEN/);
  assert.equal(writeRefusal('granted'), null);
});

test('each client gets its own allowance of writes per window', () => {
  let now = 0;
  const limiter = new WriteRateLimiter(2, 60_000, () => now);
  assert.equal(limiter.take('10.0.0.1').allowed, true);
  assert.equal(limiter.take('10.0.0.1').allowed, true);
  const third = limiter.take('10.0.0.1');
  assert.equal(third.allowed, false);
  assert.equal(third.retryAfterSeconds, 60);
  assert.equal(limiter.take('10.0.0.2').allowed, true, 'another client is not affected');
  now = 60_000;
  assert.equal(limiter.take('10.0.0.1').allowed, true, 'a new window starts afresh');
});
