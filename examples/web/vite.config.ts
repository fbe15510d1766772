// Vite config of the shop's web app. Everything `define` injects and every VITE_ variable ends up in
// the JavaScript bundle that browsers download.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [react(), vue()],
  define: {
    // ❌ Copies the server's access token into the client bundle.
    'import.meta.env.MP_ACCESS_TOKEN': JSON.stringify(process.env.MP_ACCESS_TOKEN),
    // ✅ The public key is meant for the browser.
    'import.meta.env.MP_PUBLIC_KEY': JSON.stringify(process.env.MP_PUBLIC_KEY),
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
