import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: {
      '@outloud/contracts': here('../../libs/shared/contracts/src/index.ts'),
      '@outloud/web-ui': here('../../libs/web/ui/src/index.ts'),
      '@outloud/web-i18n': here('../../libs/web/i18n/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|i18next-icu|intl-messageformat|@formatjs)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|zen-observable)/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/avatars': { target: api },
      '/community-images': { target: api },
      '/healthz': { target: api },
      '/audit-log': { target: api },
      '/socket.io': { target: api, ws: true },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: api },
      '/avatars': { target: api },
      '/community-images': { target: api },
      '/healthz': { target: api },
      '/audit-log': { target: api },
      '/socket.io': { target: api, ws: true },
    },
  },
});
