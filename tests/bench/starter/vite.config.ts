import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';

/** The same tools and settings as mini-app/vite.config.ts, so the two builds differ only in the app. */
export default defineConfig({
  base: './',
  plugins: [zaloMiniApp(), react()],
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, reportCompressedSize: false },
});
