// Builds the web app from web/ into dist/web at the repository root, where the server serves it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
// Where `vite` (dev) and `vite preview` forward /api; the server's default port unless told otherwise.
const apiTarget = process.env.XZZF_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Feature pages are lazy chunks; the warning limit is set for them, the sign-in entry stays far below it.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/api': apiTarget },
  },
  preview: {
    proxy: { '/api': apiTarget },
  },
});
