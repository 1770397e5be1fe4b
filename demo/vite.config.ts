import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path (GitHub Pages, an archive's /tools/demo/).
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: { target: 'es2022' },
});
