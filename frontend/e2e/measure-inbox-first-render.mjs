// Time to first render of the inbox: from navigation start until the first task row is on screen, for a village
// operator of the demo, with an empty browser cache each time (a first visit of the day), on the local network
// and on an emulated slow mobile connection. Prints the figures; asserts nothing.
//   frontend/e2e/run-against-jar.sh node e2e/measure-inbox-first-render.mjs
import { chromium } from '@playwright/test';

import { signedInContext } from './signed-in-context.mjs';

const baseURL = process.env.VERIVALI_URL ?? 'http://localhost:8080';
const runs = Number(process.env.RUNS ?? 15);
const username = process.env.INBOX_USER ?? 'op-6112042002';

/** Roughly a 3G/weak 4G link in a village: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
const slowMobile = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function firstRender(browser, network) {
  const context = await signedInContext(browser, { baseURL, username });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.goto('/inbox', { waitUntil: 'commit' });
  await page.locator('.ant-table-row, .ant-list-item').first().waitFor({ timeout: 120_000 });
  const timing = await page.evaluate(() => ({
    tasksShown: performance.now(),
    firstContentfulPaint:
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    transferredKb:
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0) / 1024,
  }));
  await context.close();
  return timing;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
try {
  await firstRender(browser); // warms the server's caches and JIT, not the browser's
  for (const [label, network] of [
    ['local network', undefined],
    ['slow mobile (1.6 Mbit/s, 150 ms)', slowMobile],
  ]) {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      samples.push(await firstRender(browser, network));
    }
    const shown = samples.map((sample) => sample.tasksShown);
    const paint = samples.map((sample) => sample.firstContentfulPaint);
    console.log(
      `${label}, ${runs} cold loads of /inbox as ${username}: tasks shown p50 ${percentile(shown, 50).toFixed(0)} ms,` +
        ` p95 ${percentile(shown, 95).toFixed(0)} ms; first contentful paint p50 ${percentile(paint, 50).toFixed(0)} ms;` +
        ` transferred ${samples[0].transferredKb.toFixed(0)} kB`,
    );
  }
} finally {
  await browser.close();
}
