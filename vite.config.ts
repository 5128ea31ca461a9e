import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built with relative asset paths so the same bundle works under the
// Electron app:// scheme and under any static web server (npm run web).
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
