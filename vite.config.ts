import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildContentSecurityPolicy } from './electron/main/contentSecurityPolicy';

/**
 * The production page carries the same Content-Security-Policy as a <meta> tag, so the web build
 * (npm run web, any browser) is as locked down as the desktop window, which also gets it as a header.
 * frame-ancestors is only valid in a header, so it is left out of the tag.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = buildContentSecurityPolicy()
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'dsrs-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

// The renderer is built with relative asset paths so the same bundle works under the
// Electron app:// scheme and under any static web server (npm run web).
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
