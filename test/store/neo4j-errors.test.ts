// Driver errors become the store's typed errors at the adapter's boundary, so callers
// decide on stable codes ("STORE_UNAVAILABLE" → 503) and messages name the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../server/src/store/neo4j/executor.ts';
import { StoreError, StoreUnavailableError } from '../../server/src/store/errors.ts';

const URI = 'neo4j+s://abcd1234.databases.neo4j.io';

/** An error as the driver raises it (the GQL status fields are not what we map on). */
const driverError = (message: string, code: string): Neo4jError => new Neo4jError(message, code, '50N42', 'error: general processing exception');

test('an unreachable, expired or unauthorised server is STORE_UNAVAILABLE, naming the URI', () => {
  for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound']) {
    const mapped = mapDriverError(driverError('could not connect', code), URI);
    assert.ok(mapped instanceof StoreUnavailableError, code);
    assert.equal(mapped.code, 'STORE_UNAVAILABLE');
    assert.match(mapped.message, /abcd1234\.databases\.neo4j\.io/);
  }
});

test('a constraint violation is STORE_CONFLICT; anything else STORE_FAILURE with the driver code', () => {
  const conflict = mapDriverError(driverError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed'), URI);
  assert.equal(conflict.code, 'STORE_CONFLICT');
  const syntax = mapDriverError(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'), URI);
  assert.equal(syntax.code, 'STORE_FAILURE');
  assert.match(syntax.message, /Neo\.ClientError\.Statement\.SyntaxError/);
  assert.equal(mapDriverError(new TypeError('x is undefined'), URI).code, 'STORE_FAILURE');
  const typed = new StoreError('STORE_INVALID_INPUT', 'bad record');
  assert.equal(mapDriverError(typed, URI), typed, 'already typed errors pass through');
});
