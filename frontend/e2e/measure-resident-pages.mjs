// The residents' three pages on a first visit from a cheap phone in a village: 400 kbit/s down, 400 ms round trip, a
// CPU four times slower than this machine's, an empty browser cache (as e2e/measure-slow-phone.mjs has it). For each
// page, the time until its form can be used (the province list filled in, the first thing a resident chooses) beside
// the officials' sign-in form's target, and what it transferred. A measurement, not a test: it asserts nothing.
//   frontend/e2e/run-against-jar.sh node e2e/measure-resident-pages.mjs
import { chromium } from '@playwright/test';

const baseURL = process.env.VERIVALI_URL ?? 'http://localhost:8080';
const runs = Number(process.env.RUNS ?? 5);
const pages = ['/cek', '/usul', '/sanggah'];
/** The officials' sign-in form's target, which the residents' pages are set beside. */
const signInTarget = 5000;

const cheapPhone = {
  network: {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  },
  cpuSlowdown: 4,
};

async function firstVisit(browser, path) {
  const context = await browser.newContext({
    baseURL,
    locale: 'id-ID',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', cheapPhone.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cheapPhone.cpuSlowdown });

  await page.goto(path, { waitUntil: 'commit' });
  await page
    .getByRole('combobox', { name: 'Provinsi', exact: true })
    .locator('option')
    .nth(1)
    .waitFor({
      state: 'attached',
      timeout: 120_000,
    });
  const usable = await page.evaluate(() => performance.now());
  const kb = await page.evaluate(() => {
    const entries = performance
      .getEntriesByType('resource')
      .concat(performance.getEntriesByType('navigation'));
    const sum = (list) =>
      list.reduce((total, entry) => total + (entry.transferSize ?? 0), 0) / 1024;
    return {
      script: sum(
        entries.filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js')),
      ),
      all: sum(entries),
    };
  });
  await context.close();
  return { usable, ...kb };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
try {
  console.log(
    `Cheap phone (400 kbit/s, 400 ms RTT, CPU ×${cheapPhone.cpuSlowdown}), ${runs} first visits per page, 360 px:`,
  );
  for (const path of pages) {
    await firstVisit(browser, path); // warms the server, not the browser
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      samples.push(await firstVisit(browser, path));
    }
    const times = samples.map((sample) => sample.usable);
    const value = median(times);
    console.log(
      `  ${path.padEnd(8)} form usable: median ${(value / 1000).toFixed(2)} s (min ${(Math.min(...times) / 1000).toFixed(2)},` +
        ` max ${(Math.max(...times) / 1000).toFixed(2)}); the sign-in form's target ≤ ${signInTarget / 1000} s` +
        (value <= signInTarget ? ' — within it' : ' — over it') +
        `; ${samples[0].script.toFixed(0)} kB of JavaScript, ${samples[0].all.toFixed(0)} kB in all`,
    );
  }
} finally {
  await browser.close();
}
