// Worker threads do not apply `--import tsx` before their entry module on every Node
// version, so this plain module registers tsx and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
