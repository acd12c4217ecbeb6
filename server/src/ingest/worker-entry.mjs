// Worker threads do not reliably inherit the TypeScript loader the main thread runs
// under, so this plain module registers tsx before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
