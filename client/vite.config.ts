// The web client is a plain Vite build: root is client/, the bundle goes to client/dist/,
// which the server serves at "/". bench.html is a second page that the client benchmark
// drives with synthetic graphs; it shares the graph view with the real page.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./'),
  base: './',
  publicDir: false,
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { main: here('./index.html'), bench: here('./bench.html') },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000', '/upload': 'http://localhost:4000' },
  },
});
