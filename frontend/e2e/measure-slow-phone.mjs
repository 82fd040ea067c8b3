// A first visit on a cheap phone in a village: 400 kbit/s down, 400 ms round trip, a CPU four times slower than
// this machine's, an empty browser cache. Measures two figures and prints them beside their targets:
//   - the sign-in form visible: from navigation start until the user-name field is on screen;
//   - the inbox's first row: from pressing "Masuk" until the first task is on screen (in the plain-HTML first page
//     shown while the inbox loads, or in the inbox itself), the user name and password typed at a person's pace
//     first (TYPING_DELAY ms a key; by default 330 ms, 36 words a minute, the average on phones measured by Palin et
//     al., MobileHCI 2019; 0 fills them at once, as a password manager would);
//   - and, beside it, the inbox ready: until the inbox's own rows, with their buttons, are on screen.
// Prints the figures and the JavaScript transferred; asserts nothing (a measurement, not a test).
//   frontend/e2e/run-against-jar.sh node e2e/measure-slow-phone.mjs
import { chromium } from '@playwright/test';

const baseURL = process.env.VERIVALI_URL ?? 'http://localhost:8080';
const runs = Number(process.env.RUNS ?? 5);
const username = process.env.INBOX_USER ?? 'op-6112042002';

const cheapPhone = {
  network: {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  },
  cpuSlowdown: 4,
};
const typingDelay = Number(process.env.TYPING_DELAY ?? 330);
const targets = { signInForm: 5000, inboxAfterSignIn: 3000, inboxReady: undefined };

async function firstVisit(browser) {
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

  await page.goto('/login?next=%2Finbox', { waitUntil: 'commit' });
  await page.getByLabel('Nama pengguna').waitFor({ timeout: 120_000 });
  const signInForm = await page.evaluate(() => performance.now());
  const scriptKb = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0) / 1024,
  );

  // The screen behind the form (and antd) loads while the official types.
  if (typingDelay > 0) {
    await page.getByLabel('Nama pengguna').pressSequentially(username, { delay: typingDelay });
    await page.getByLabel('Kata sandi').pressSequentially('demo', { delay: typingDelay });
  } else {
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('demo');
  }
  const pressed = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page
    .locator('[data-task-row], .ant-table-row, .ant-list-item')
    .first()
    .waitFor({ timeout: 120_000 });
  const inboxShown = await page.evaluate(() => performance.now());
  await page.locator('.ant-table-row, .ant-list-item').first().waitFor({ timeout: 120_000 });
  const inboxReady = await page.evaluate(() => performance.now());
  const totalKb = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0) / 1024,
  );
  await context.close();
  return {
    signInForm,
    inboxAfterSignIn: inboxShown - pressed,
    inboxReady: inboxReady - pressed,
    scriptKb,
    totalKb,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
try {
  await firstVisit(browser); // warms the server's caches and JIT, not the browser's
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    samples.push(await firstVisit(browser));
  }
  const line = (label, key) => {
    const values = samples.map((sample) => sample[key]);
    const value = median(values);
    console.log(
      `${label}: median ${(value / 1000).toFixed(2)} s (min ${(Math.min(...values) / 1000).toFixed(2)},` +
        ` max ${(Math.max(...values) / 1000).toFixed(2)})` +
        (targets[key] === undefined
          ? '; no target'
          : `; target ≤ ${targets[key] / 1000} s` +
            (value <= targets[key] ? ' — met' : ' — NOT met')),
    );
  };
  console.log(
    `Cheap phone (400 kbit/s, 400 ms RTT, CPU ×${cheapPhone.cpuSlowdown}), ${runs} first visits as ${username},` +
      ` typing ${typingDelay} ms a key:`,
  );
  line('  sign-in form visible', 'signInForm');
  line('  inbox first row after sign-in', 'inboxAfterSignIn');
  line('  inbox ready (its own rows) after sign-in', 'inboxReady');
  console.log(
    `  transferred before the form: ${samples[0].scriptKb.toFixed(0)} kB of JavaScript;` +
      ` in all, to the inbox: ${samples[0].totalKb.toFixed(0)} kB`,
  );
} finally {
  await browser.close();
}
