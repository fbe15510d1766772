import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  integrations: [react()],
  vite: {
    define: {
      'import.meta.env.MP_ACCESS_TOKEN': JSON.stringify(process.env.MP_ACCESS_TOKEN), // expect: bundlerExposes
      'import.meta.env.BUILD_ID': JSON.stringify(process.env.BUILD_ID),
    },
  },
});
