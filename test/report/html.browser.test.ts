/**
 * report.html in a real headless Chromium (Debian's /usr/bin/chromium via playwright-core).
 * Locally the suite skips when Chromium is missing; under CI (process.env.CI) it fails instead.
 * SATUPINTU_SCREENSHOT=/tmp/report.png also saves a full-page screenshot.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/analysis.js';
import { htmlReport } from '../../src/report/html.js';
import { SCRIPT_NAME, fixtureAnalysis, fixtureKnowledge } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(`report.html browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium). Under CI this test fails instead.`);
}
const suite = available || process.env.CI ? describe : describe.skip;

const knowledge = fixtureKnowledge();
const files = [{ source: 'inventaris_daerah.csv', path: 'inventaris_daerah.csv', format: 'csv' as const, encoding: 'utf-8', rowsRead: 13, accepted: 13, rejected: 0, mapping: {}, unmapped: [], notes: [], assumptions: [] }];

/** The fixture's apps copied `times` over with fresh ids, to exercise paging. */
function enlarged(times: number): Analysis {
  const base = fixtureAnalysis();
  const applications = Array.from({ length: times }, (_, k) =>
    base.applications.map((a) => ({ ...a, appId: `${a.appId}-${k}`, name: k ? `${a.name} ${k}` : a.name, decision: { ...a.decision, target: a.decision.action === 'merge' ? `${a.decision.target}-${k}` : a.decision.target } })),
  ).flat();
  return { ...base, applications, appOfRecord: base.appOfRecord, pairs: base.pairs.map((p) => ({ ...p })) };
}

suite('report.html in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let dialogs = 0;
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-html-'));

  async function open(analysis: Analysis, name: string, lang: 'id' | 'en' = 'id'): Promise<Page> {
    const path = join(dir, name);
    writeFileSync(path, htmlReport(analysis, knowledge, { lang, files }));
    const p = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${name}: console ${m.type()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
    p.on('requestfailed', (r) => problems.push(`${name}: request failed: ${r.url()}`));
    p.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    await p.goto(pathToFileURL(path).href);
    await p.waitForSelector('#apps-table tbody tr');
    return p;
  }

  const appRows = () => page.locator('#apps-table tbody tr.data-row');
  const firstAppNames = async (n: number) => (await appRows().locator('td:first-child').allTextContents()).slice(0, n).map((s) => s.replace(/^[▸▾]/, ''));

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium); CI must run the browser test`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await open(fixtureAnalysis(), 'report.html');
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads without console errors, page errors or dialogs', async () => {
    expect(problems).toEqual([]);
    expect(dialogs).toBe(0);
  });

  it('draws the four charts as SVG bars', async () => {
    for (const id of ['chart-actions', 'chart-ecosystems', 'chart-functions', 'chart-savings']) {
      expect(await page.locator(`#${id} svg rect.bar`).count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('#chart-actions svg rect.bar').count()).toBe(4);
  });

  it('shows the <script> app name as text and runs nothing', async () => {
    await page.locator('#apps-table input[type=search]').fill('alert');
    await expect.poll(() => appRows().count()).toBe(1);
    expect((await firstAppNames(1))[0]).toBe(SCRIPT_NAME);
    expect(await page.getByText(SCRIPT_NAME).first().isVisible()).toBe(true);
    expect(dialogs).toBe(0);
  });

  it('filters rows as you type in the search box', async () => {
    const search = page.locator('#apps-table input[type=search]');
    await search.fill('');
    await expect.poll(() => appRows().count()).toBe(12);
    await search.fill('banyuwangi');
    await expect.poll(() => appRows().count()).toBe(5);
    await search.fill('sicantik');
    await expect.poll(() => appRows().count()).toBe(1);
    await search.fill('');
  });

  it('sorts when a header is clicked, and reverses on a second click', async () => {
    const header = page.locator('#apps-table th', { hasText: 'Biaya tahunan' });
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await firstAppNames(2)).toEqual(['SiCantik Jatim', 'SIMPEG Banyuwangi']);
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await firstAppNames(2))[1]).toBe('SIPADU Lama');
  });

  it('expands an app to show its records and the per-signal evidence of the link', async () => {
    await page.locator('#apps-table input[type=search]').fill('sicantik');
    await appRows().first().locator('button.toggle').click();
    const detail = page.locator('#apps-table tr.detail');
    await expect.poll(() => detail.count()).toBe(1);
    const text = await detail.textContent();
    expect(text).toContain('SiCantik Cloud Jawa Timur');
    expect(text).toContain('katalog_spbe.json');
    expect(text).toContain('url');
    expect(text).toContain('6,10');
    expect(text).toContain('skor pasangan 12,30');
    await page.locator('#apps-table input[type=search]').fill('');
  });

  it('opens a wave in the applications table', async () => {
    await page.locator('button.show-wave[data-wave="1"]').click();
    await expect.poll(() => appRows().count()).toBe(3);
    expect(await page.locator('#apps-table select[data-filter=wave]').inputValue()).toBe('1');
    await page.locator('#apps-table select[data-filter=wave]').selectOption('');
  });

  it('renders large tables one page at a time', async () => {
    const big = await open(enlarged(40), 'big.html', 'en');
    const rows = big.locator('#apps-table tbody tr.data-row');
    expect(await rows.count()).toBe(200);
    expect(await big.locator('#apps-table .pager .info').textContent()).toBe('Page 1 of 3 · 480 rows');
    await big.locator('#apps-table .pager button.next').click();
    await big.locator('#apps-table .pager button.next').click();
    expect(await rows.count()).toBe(80);
    await big.locator('#apps-table input[type=search]').fill('Retribusi Online');
    await expect.poll(() => rows.count()).toBe(40);
    expect(problems).toEqual([]);
    await big.close();
  });

  it('saves a screenshot when asked', async () => {
    const target = process.env.SATUPINTU_SCREENSHOT;
    if (!target) return;
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: target, fullPage: true });
    expect(existsSync(target)).toBe(true);
  });
});
