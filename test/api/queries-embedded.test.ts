import { describeQuerySuite } from './query-suite.ts';
import { embedded } from './harness.ts';

describeQuerySuite(embedded);
