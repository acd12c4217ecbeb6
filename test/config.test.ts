import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig, ConfigError } from '../server/src/config.ts';

test('defaults run the embedded store on port 4000 with ./data', () => {
  const config = readConfig({});
  assert.equal(config.port, 4000);
  assert.match(config.dataDir, /data$/);
  assert.equal(config.neo4j, undefined);
  assert.equal(config.apiToken, undefined);
});

test('PORT, DATA_DIR and the Neo4j settings are honoured', () => {
  const config = readConfig({
    PORT: '8080',
    DATA_DIR: '/var/lib/graph',
    NEO4J_URI: 'neo4j+s://cluster.example:7687',
    NEO4J_PASSWORD: 'secret',
    NEO4J_DATABASE: 'policy',
  });
  assert.equal(config.port, 8080);
  assert.equal(config.dataDir, '/var/lib/graph');
  assert.deepEqual(config.neo4j, {
    uri: 'neo4j+s://cluster.example:7687',
    username: 'neo4j',
    password: 'secret',
    database: 'policy',
  });
});

test('every problem is reported together', () => {
  assert.throws(
    () => readConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', HOST: '' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 3);
      assert.match(error.message, /PORT/);
      assert.match(error.message, /NEO4J_URI/);
      assert.match(error.message, /HOST/);
      return true;
    },
  );
});

test('a Neo4j URI without a password is refused', () => {
  assert.throws(() => readConfig({ NEO4J_URI: 'bolt://localhost:7687' }), /NEO4J_PASSWORD/);
});

test('TRUST_PROXY takes a flag, a hop count or an address form', () => {
  assert.equal(readConfig({}).trustProxy, undefined);
  assert.equal(readConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
  assert.equal(readConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(readConfig({ TRUST_PROXY: 'loopback' }).trustProxy, 'loopback');
});
