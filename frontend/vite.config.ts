import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Spring Boot application; another address with VERIVALI_BACKEND=http://host:port.
const backend = process.env.VERIVALI_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    // The Spring Boot application answers everything that is not the front end.
    proxy: Object.fromEntries(
      ['/api', '/engine-rest', '/camunda', '/v3', '/swagger-ui', '/actuator'].map((path) => [
        path,
        backend,
      ]),
    ),
  },
  build: {
    // The Maven build packs target/classes into the jar: Spring Boot serves static/** at /.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across releases.
        // antd is one chunk (about 270 kB compressed) that nearly every screen needs.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack|i18next|react-i18next)[\\/]/,
            },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // A whole screen of antd components, rendered and clicked through, can take several seconds on a busy 2-core
    // build machine; the default 5 s failed such a test while other builds ran.
    testTimeout: 20_000,
  },
});
