// Draws the Grafana dashboard of docker/grafana/dashboards/verivali.json from a Prometheus that scrapes the demo, for
// a machine where Grafana cannot run: each panel's queries go to Prometheus's HTTP API and are drawn with ECharts in
// Chromium, placed on the dashboard's grid. Starts its own Prometheus (Debian: apt-get install prometheus), drives
// the demo for a few minutes (a round over a kecamatan, officials reading their inboxes), then writes
// docs/screenshots/grafana-dashboard.png.
//   frontend/e2e/run-against-jar.sh node e2e/preview-dashboard.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

import { csrfToken, signedInContext } from './signed-in-context.mjs';

const require = createRequire(import.meta.url);
const baseURL = process.env.VERIVALI_URL ?? 'http://localhost:8080';
const minutes = Number(process.env.MINUTES ?? 4);
const prometheusPort = Number(process.env.PROMETHEUS_PORT ?? 19090);
const prometheusURL = `http://127.0.0.1:${prometheusPort}`;
const dashboard = JSON.parse(
  readFileSync(new URL('../../docker/grafana/dashboards/verivali.json', import.meta.url), 'utf8'),
);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function startPrometheus() {
  const work = mkdtempSync(join(tmpdir(), 'verivali-prometheus-'));
  writeFileSync(join(work, 'password'), 'demo');
  writeFileSync(
    join(work, 'prometheus.yml'),
    [
      'global: { scrape_interval: 5s }',
      'scrape_configs:',
      '  - job_name: verivali',
      '    metrics_path: /actuator/prometheus',
      `    basic_auth: { username: prometheus, password_file: ${join(work, 'password')} }`,
      `    static_configs: [{ targets: ["${new URL(baseURL).host}"] }]`,
    ].join('\n'),
  );
  return spawn(
    'prometheus',
    [
      `--config.file=${join(work, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(work, 'data')}`,
      `--web.listen-address=127.0.0.1:${prometheusPort}`,
    ],
    { stdio: 'ignore' },
  );
}

/** A district's working morning, compressed: a round starts over the district while officials read their inboxes. */
async function driveTheDemo(browser, until) {
  const head = await signedInContext(browser, { baseURL, username: 'kadinsos-6112' });
  const today = new Date().toISOString().slice(0, 10);
  const target = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const round = await head.request.post('/api/rounds', {
    headers: { 'X-XSRF-TOKEN': await csrfToken(head) },
    data: {
      name: 'Verivali Kubu Raya',
      districtCode: '61.12',
      startsOn: today,
      targetDate: target,
    },
  });
  if (!round.ok())
    throw new Error(`Opening the round: HTTP ${round.status()} ${await round.text()}`);
  const readers = await Promise.all(
    ['op-6112042002', 'camat-611204', 'supervisor-6112'].map((username) =>
      signedInContext(browser, { baseURL, username }),
    ),
  );
  const pages = [
    '/api/tasks?size=20',
    '/api/supervision/deadlines?region=61.12',
    '/api/reports/summary?region=61.12',
  ];
  while (Date.now() < until) {
    for (const [i, reader] of readers.entries()) {
      await reader.request.get(pages[i % pages.length]);
      await reader.request.get('/api/tasks?size=20');
    }
    await sleep(1_000);
  }
}

async function query(path, params) {
  const response = await fetch(`${prometheusURL}/api/v1/${path}?${new URLSearchParams(params)}`);
  const body = await response.json();
  if (body.status !== 'success') throw new Error(`${params.query}: ${body.error}`);
  return body.data.result;
}

const legend = (format, metric) =>
  (format || '{{__name__}}').replace(/\{\{(\w+)\}\}/g, (_, label) => metric[label] ?? '');

/** Every panel's series: over the whole run for time series, the latest value for the rest. */
async function panelData(start, end) {
  return Promise.all(
    dashboard.panels.map(async (panel) => {
      const series = [];
      for (const target of panel.targets) {
        const result =
          panel.type === 'timeseries'
            ? await query('query_range', { query: target.expr, start, end, step: '5' })
            : await query('query', { query: target.expr, time: end });
        for (const one of result) {
          series.push({
            name: legend(target.legendFormat, one.metric),
            values: one.values ?? [one.value],
          });
        }
      }
      return { ...panel, series };
    }),
  );
}

/** A value as the panel's unit shows it (Grafana's percentunit, bytes, reqps, ops or a plain number). */
function formatValue(unit, value) {
  const number = Number(value);
  if (Number.isNaN(number)) return '–';
  if (unit === 'percentunit') return `${(number * 100).toFixed(0)}%`;
  if (unit === 'bytes') return `${(number / 1048576).toFixed(0)} MB`;
  const plain = number.toLocaleString('id-ID', { maximumFractionDigits: 2 });
  return unit === 'reqps' ? `${plain}/s` : unit === 'ops' ? `${plain} op/s` : plain;
}

/** ECharts options for a panel; `unit` becomes formatters in the page, where functions can live. */
function chartOf(panel) {
  const unit = panel.fieldConfig?.defaults?.unit;
  const axis = { axisLabel: { color: '#8e8e9e' }, splitLine: { lineStyle: { color: '#2c3235' } } };
  if (panel.type === 'timeseries') {
    return {
      unit,
      legend: { bottom: 0, textStyle: { color: '#ccccdc' } },
      grid: { left: 70, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'time', axisLabel: { color: '#8e8e9e' } },
      yAxis: { type: 'value', ...axis },
      series: panel.series.map((s) => ({
        name: s.name,
        type: 'line',
        showSymbol: false,
        data: s.values.map(([t, v]) => [t * 1000, Number(v)]),
      })),
    };
  }
  if (panel.type === 'bargauge') {
    return {
      unit,
      grid: { left: 170, right: 56, top: 8, bottom: 8 },
      xAxis: { type: 'value', show: false },
      yAxis: {
        type: 'category',
        data: panel.series.map((s) => s.name),
        axisLabel: { color: '#ccccdc' },
      },
      series: [
        {
          type: 'bar',
          data: panel.series.map((s) => Number(s.values[0][1])),
          itemStyle: { color: panel.fieldConfig?.defaults?.color?.fixedColor ?? '#73bf69' },
          label: { show: true, position: 'right', color: '#ccccdc' },
        },
      ],
    };
  }
  return {
    stat: panel.series.map((s) => ({ name: s.name, value: formatValue(unit, s.values[0][1]) })),
  };
}

/** The panels on Grafana's 24-column grid, 30 px a grid row, in its dark theme. */
function render(panels) {
  const boxes = panels
    .map(({ gridPos: g, title }, i) => {
      const style = `left:${(g.x / 24) * 100}%;top:${g.y * 30}px;width:calc(${(g.w / 24) * 100}% - 8px);height:${g.h * 30 - 8}px`;
      return `<section style="${style}"><h2>${title}</h2><div id="p${i}" class="body"></div></section>`;
    })
    .join('');
  const height = Math.max(...panels.map(({ gridPos: g }) => (g.y + g.h) * 30));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: #111217; font-family: Inter, Helvetica, Arial, sans-serif; color: #ccccdc; }
    header { padding: 12px 16px; font-size: 18px; }
    main { position: relative; margin: 0 8px; height: ${height}px; }
    section { position: absolute; background: #181b1f; border: 1px solid #2c3235; border-radius: 2px; box-sizing: border-box; }
    h2 { margin: 0; padding: 6px 8px; font-size: 14px; font-weight: 500; }
    .body { position: absolute; top: 30px; left: 0; right: 0; bottom: 0; }
    .stat { display: flex; gap: 24px; justify-content: center; align-items: center; height: 100%; }
    .stat div { text-align: center; } .stat b { display: block; font-size: 34px; color: #73bf69; } .stat span { font-size: 12px; color: #8e8e9e; }
  </style></head><body><header>${dashboard.title} <small style="color:#8e8e9e">— the panels of docker/grafana/dashboards/verivali.json, drawn from Prometheus scraping the demo</small></header><main>${boxes}</main></body></html>`;
}

const prometheus = startPrometheus();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
try {
  const start = Math.floor(Date.now() / 1000);
  await driveTheDemo(browser, Date.now() + minutes * 60_000);
  await sleep(10_000); // a last scrape after the work
  const end = Math.floor(Date.now() / 1000);
  const panels = await panelData(start, end);
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent(render(panels));
  await page.addScriptTag({ path: require.resolve('echarts/dist/echarts.min.js') });
  await page.evaluate(
    ({ charts, format }) => {
      const formatValue = new Function(`return ${format}`)();
      charts.forEach((chart, i) => {
        const element = document.getElementById(`p${i}`);
        if (chart.stat) {
          element.innerHTML = `<div class="stat">${chart.stat
            .map((s) => `<div><b>${s.value}</b><span>${s.name}</span></div>`)
            .join('')}</div>`;
          return;
        }
        const { unit, ...option } = chart;
        const values = option.yAxis.type === 'value' ? option.yAxis : option.xAxis;
        values.axisLabel = { ...values.axisLabel, formatter: (value) => formatValue(unit, value) };
        option.tooltip = { valueFormatter: (value) => formatValue(unit, value) };
        window.echarts.init(element, null, { renderer: 'svg' }).setOption({
          animation: false,
          backgroundColor: 'transparent',
          textStyle: { color: '#ccccdc' },
          ...option,
        });
      });
    },
    { charts: panels.map(chartOf), format: formatValue.toString() },
  );
  await page.screenshot({ path: '../docs/screenshots/grafana-dashboard.png', fullPage: true });
  for (const panel of panels) {
    console.log(
      `${panel.title}: ${panel.series.map((s) => `${s.name}=${s.values.at(-1)[1]}`).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  prometheus.kill();
}
