import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web app's build. In development (`npm run dev --workspace web`) the API calls go to a
 * running `veta serve` (VETA_API, default http://localhost:8080) through Vite's proxy.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', 'VETA_');
  return {
    plugins: [react()],
    server: {
      port: 5173,
      proxy: { '/api': { target: env.VETA_API ?? 'http://localhost:8080' } },
    },
    build: {
      outDir: 'dist',
      // maplibre-gl alone is ~800 kB minified; it is loaded on demand by the pages with a map.
      chunkSizeWarningLimit: 1100,
    },
  };
});
