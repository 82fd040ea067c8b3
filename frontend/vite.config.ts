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
        // Libraries change less often than the app: their own chunks stay cached across releases. The sign-in
        // page needs only React, the router, TanStack Query and i18next; antd, bpmn-js and echarts are split by
        // the screens that use them, so that none of them travels before the sign-in form shows.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'router',
              test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/ },
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
