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
  },
  server: {
    proxy: { '/graphql': process.env.PHUXANH_API_URL ?? 'http://localhost:4000' },
  },
});
