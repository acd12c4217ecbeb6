import { describeQuerySuite } from './query-suite.ts';
import { neo4j } from './harness.ts';

if (neo4j.skipReason) console.log(`# ${neo4j.skipReason}`);
describeQuerySuite(neo4j);
