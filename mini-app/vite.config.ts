import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';

/**
 * `vite build` → the Zalo build; `vite build --mode sandbox` → the browser build bot-server serves
 * (see .env.sandbox). Run from this folder: zmp-vite-plugin reads ./app-config.json and writes
 * dist/app-config.json with the asset lists Zalo loads.
 */
export default defineConfig({
  base: './',
  plugins: [zaloMiniApp(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
