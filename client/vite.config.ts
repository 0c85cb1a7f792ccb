import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// No @vitejs/plugin-react: Vite 8's built-in oxc transform compiles TSX with the automatic runtime.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/client',
    // The output folder lies outside the root, where Vite would otherwise refuse to empty it.
    emptyOutDir: true,
    // GraphiQL (about 790 kB, 260 kB compressed) loads on the explorer page only.
    chunkSizeWarningLimit: 800,
    // The API explorer is a page of its own, so the application's bundle does not carry GraphiQL.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
      // GraphiQL's dependencies mark modules "use client", which means nothing outside a React server.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': process.env.PHUXANH_API_URL ?? 'http://localhost:4000',
      '/explorer/schema': process.env.PHUXANH_API_URL ?? 'http://localhost:4000',
      '/import': process.env.PHUXANH_API_URL ?? 'http://localhost:4000',
    },
  },
});
