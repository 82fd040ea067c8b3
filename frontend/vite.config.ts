import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Spring Boot application; another address with VERIVALI_BACKEND=http://host:port.
const backend = process.env.VERIVALI_BACKEND ?? 'http://localhost:8080';

// antd and what it brings with it.
const antdModule =
  /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|clsx|scroll-into-view-if-needed|compute-scroll-into-view|throttle-debounce)[\\/]/;

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
        // antd's chunks are named after every screen that shares them: the name says antd, the hash tells them apart.
        chunkFileNames: ({ name }) =>
          name.startsWith('antd~') ? 'assets/antd-[hash].js' : 'assets/[name]-[hash].js',
        // Libraries change less often than the app: their own chunks stay cached across releases. The sign-in
        // page needs only React, the router, TanStack Query and i18next; antd, bpmn-js and echarts are split by
        // the screens that use them, so that none of them travels before the sign-in form shows. antd's pieces are
        // grouped by the screens sharing them, the small groups merged into larger ones: over a link with 400 ms
        // round trips and six connections, twenty small chunks cost more than their bytes.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'router',
              test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/ },
            {
              name: 'antd',
              test: (id) => antdModule.test(id) && !id.endsWith('.css'),
              entriesAware: true,
              entriesAwareMergeThreshold: 30_000,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    // A whole screen of antd components, rendered and clicked through, can take several seconds on a busy 2-core
    // build machine; the default 5 s failed such a test while other builds ran.
    testTimeout: 20_000,
    // A worker per core: the default leaves one core to a main thread that has little to do.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.isolated.test.{ts,tsx}'],
          // The files of a worker share its modules (antd, React, i18n) instead of each evaluating them anew: a
          // quarter of the run's time. The setup file still resets what a test leaves behind (DOM, handlers,
          // storage, language) after each test.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace modules with vi.mock, which must not leak into the files after them.
          name: 'isolated',
          include: ['src/**/*.isolated.test.{ts,tsx}'],
        },
      },
    ],
  },
});
