/**
 * The options page in real Chromium with the built extension: every change is validated and saved at
 * once, the preview follows the settings, site lists keep their valid lines, import repairs what it
 * can and never wipes settings by mistake, export round-trips, and the page passes axe in light and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { Settings } from '../../lib/settings/schema';
import { layoutOf } from '../../lib/settings/stored-layout';
import { ARTIFACTS_DIR, launchWithExtension, readStoredSettings, replaceSettingsItems, runAxe, withExtensionApi, type ExtensionBrowser } from './harness';

/** As in platform/settings-reader.ts. */
const NOTICE_KEY = 'settingsNotice';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The settings as stored now, read as the extension reads them. */
async function stored(): Promise<Settings> {
  return (await readStoredSettings(page)).settings;
}

function storedNotice(): Promise<unknown> {
  return withExtensionApi(page, async (api, key) => (await api.storage.local.get(key))[key], NOTICE_KEY);
}

/** Stores valid settings as the background writes them, or anything else as a version 1 record would hold it. */
async function store(settings: unknown): Promise<void> {
  await withExtensionApi(page, (api) => api.storage.local.clear());
  const valid = Settings.safeParse(settings);
  await replaceSettingsItems(page, valid.success ? layoutOf(valid.data) : { sync: { settings }, local: {} });
}

/** Opens the options page afresh, after storage was set to `settings`. */
async function openOptions(settings: unknown = DEFAULT_SETTINGS): Promise<void> {
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await store(settings);
  await page.reload();
  await page.getByRole('heading', { name: 'Cards' }).waitFor();
}

const savedText = () => page.locator('.pm-savebar [role="status"]').innerText();

async function importText(text: string, name = 'settings.json'): Promise<void> {
  await page.getByLabel('Load settings from a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('changing settings', () => {
  beforeEach(() => openOptions());

  it('saves the audience at once, and the preview opens the clinician part', async () => {
    const clinicianPart = page.locator('.pm-preview details.pm-clinician');
    await clinicianPart.waitFor();
    expect(await clinicianPart.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

    await page.getByLabel('A doctor, nurse or other clinician').check();
    await expect.poll(() => clinicianPart.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(stored).toMatchObject({ audience: 'clinician' });
    await expect.poll(savedText).toContain('Saved: Who reads the cards.');
    expect(await page.locator('.pm-preview').innerText()).toContain('For clinicians');
  });

  it('can be used with the keyboard alone: arrow keys move through a group and save', async () => {
    await page.getByLabel('A person with MS').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(stored).toMatchObject({ audience: 'caregiver' });
    expect(await page.getByLabel('A family member, friend or carer').isChecked()).toBe(true);
  });

  it('applies the text size to the preview like the content script (--pm-scale)', async () => {
    const size = page.getByLabel('Card text size', { exact: true });
    await size.fill('150');
    await size.press('Tab');
    await expect.poll(stored).toMatchObject({ textSizePercent: 150 });
    expect(await page.locator('.pm-preview').evaluate((element) => (element as HTMLElement).style.getPropertyValue('--pm-scale'))).toBe('1.5');
    expect(await page.locator('.pm-preview .pm-card').evaluate((card) => getComputedStyle(card).fontSize)).toBe('25.5px');
    await page.getByRole('button', { name: 'Larger (Card text size)' }).click();
    await expect.poll(stored).toMatchObject({ textSizePercent: 160 });
  });

  it('shows an error beside an invalid number and saves nothing for it', async () => {
    const grace = page.getByLabel('Time to reach the card', { exact: true });
    await grace.fill('50');
    await grace.press('Tab');
    const error = page.locator('#grace-error');
    await expect.poll(() => error.innerText()).toContain('Use a whole number from 100 to 3000.');
    expect(await grace.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(savedText).toContain('Not saved: Time to reach the card.');
    expect(await stored()).toMatchObject({ graceMs: DEFAULT_SETTINGS.graceMs });
    // Fixing it clears the error and saves.
    await grace.fill('600');
    await grace.press('Tab');
    await expect.poll(stored).toMatchObject({ graceMs: 600 });
    expect(await error.count()).toBe(0);
  });

  it('saves category choices one by one, however quickly they are made', async () => {
    await page.getByLabel('Research terms').uncheck();
    await page.getByLabel('Safety').uncheck();
    await page.getByLabel('Coloured background').check();
    await page.getByLabel('Pause Plainly MS on every site').check();
    await expect
      .poll(stored)
      .toMatchObject({ categories: { ...DEFAULT_SETTINGS.categories, research: false, safety: false }, markStyle: 'background', paused: true });
  });

  it('keeps the valid sites of a list, and points out the line that is not a site', async () => {
    const never = page.getByLabel('Sites where it never runs');
    await never.fill('Example.org\nnot a site!\nhttps://www.bank.example/login');
    await never.press('Tab');
    const error = page.locator('#never-sites-error');
    await expect.poll(() => error.innerText()).toContain('“not a site!” (line 2)');
    await expect.poll(stored).toMatchObject({ neverOnSites: ['example.org', 'www.bank.example'] });
    await expect.poll(savedText).toContain('Saved: Sites where it never runs.');
    // The line stays in the box for the person to fix.
    expect(await never.inputValue()).toContain('not a site!');
  });
});

describe('repaired settings', () => {
  it('shows the notice the store leaves after repairing, and dismisses it', async () => {
    await openOptions({ version: 1, audience: 'robot', hoverDelayMs: 400 });
    const notice = page.locator('.pm-notice[role="status"]');
    await expect.poll(() => notice.innerText()).toContain('Who reads the cards');
    expect(await page.getByLabel('Wait before a card opens', { exact: true }).inputValue()).toBe('400');
    expect(await storedNotice()).toBeTypeOf('string');

    await page.getByRole('button', { name: 'Dismiss this message' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(storedNotice).toBeUndefined();
    // Focus is not lost: it goes to the page heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});

describe('import and export', () => {
  const before: Settings = { ...DEFAULT_SETTINGS, audience: 'clinician', textSizePercent: 130, neverOnSites: ['example.org'] };
  const outcome = () => page.locator('.pm-import-outcome').innerText();

  beforeEach(() => openOptions(before));

  it('changes nothing for a file that is not JSON', async () => {
    await importText('{"version": 1, "audience": "caregiver", ');
    await expect.poll(outcome).toContain('not valid JSON');
    expect(await outcome()).toContain('Nothing was changed.');
    expect(await stored()).toEqual(before);
  });

  it('changes nothing for JSON that holds no settings', async () => {
    await importText('{"name": "some-other-file", "items": [1, 2, 3]}');
    await expect.poll(outcome).toContain('holds no Plainly MS settings');
    expect(await stored()).toEqual(before);
  });

  it('repairs a file with unreadable values, keeping the readable ones, and says which were reset', async () => {
    await importText(JSON.stringify({ ...DEFAULT_SETTINGS, audience: 'caregiver', hoverDelayMs: -5, region: 'Mars', neverOnSites: ['ok.example'] }));
    await expect.poll(outcome).toContain('Settings loaded.');
    expect(await outcome()).toContain('These could not be read and are back to their defaults: Drug label facts, Wait before a card opens.');
    await expect
      .poll(stored)
      .toEqual({ ...DEFAULT_SETTINGS, audience: 'caregiver', neverOnSites: ['ok.example'] });
    expect(await page.getByLabel('A family member, friend or carer').isChecked()).toBe(true);
    expect(await page.getByLabel('Sites where it never runs').inputValue()).toBe('ok.example');
  });

  it('carries a partial file from an older version forward, names what it lacked, and can be undone', async () => {
    await importText(JSON.stringify({ version: 0, audience: 'caregiver', region: 'EU/UK', textSizePercent: 175 }));
    await expect.poll(outcome).toContain('Your settings were updated to this version of Plainly MS.');
    expect(await outcome()).toContain('Not in the file, so set to their defaults: Kinds of terms to mark, How terms are marked');
    await expect.poll(stored).toEqual({ ...DEFAULT_SETTINGS, audience: 'caregiver', region: 'EU/UK', textSizePercent: 175 });
    await expect.poll(() => page.locator('.pm-preview').evaluate((element) => (element as HTMLElement).style.getPropertyValue('--pm-scale'))).toBe('1.75');
    expect(await page.getByLabel('European Union and United Kingdom').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Undo: bring back my settings from before' }).click();
    await expect.poll(stored).toEqual(before);
    await expect.poll(outcome).toContain('from before the import are back');
    expect(await page.getByLabel('Card text size', { exact: true }).inputValue()).toBe('130');
  });

  it('takes pasted text the same way', async () => {
    await page.getByLabel('Or paste settings text').fill(JSON.stringify({ ...before, markStyle: 'none' }));
    await page.getByRole('button', { name: 'Use the pasted settings' }).click();
    await expect.poll(stored).toEqual({ ...before, markStyle: 'none' });
  });

  it('exports a JSON file equal to the stored settings, which imports back unchanged', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save settings to a file' }).click()]);
    expect(download.suggestedFilename()).toBe('plainly-ms-settings.json');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual(await stored());
    expect(JSON.parse(text)).toEqual(before);

    await store(DEFAULT_SETTINGS);
    await importText(text);
    await expect.poll(stored).toEqual(before);
    expect(await outcome()).not.toContain('defaults');
  });
});

describe('accessibility', () => {
  it.each([
    ['light', 'options.png'],
    ['dark', 'options-dark.png'],
  ] as const)('axe finds no violations in %s mode', async (colorScheme, screenshot) => {
    await page.emulateMedia({ colorScheme });
    // A notice, an error and an import outcome on screen, so they are checked too.
    await openOptions({ version: 0, audience: 'robot' });
    await page.locator('.pm-notice').waitFor();
    await page.locator('.pm-preview .pm-card').waitFor();
    const never = page.getByLabel('Sites where it never runs');
    await never.fill('example.org\nnot a site!');
    await never.press('Tab');
    await page.locator('#never-sites-error').waitFor();
    await importText('not json');
    await expect.poll(() => page.locator('.pm-import-outcome').innerText()).toContain('Nothing was changed.');

    // The whole page at once, in a window as tall as the page: sticky parts (preview, status line) sit
    // where a person sees them rather than where a stitched full-page capture would put them, and
    // nothing is hidden under the sticky status line, so axe can check every colour contrast.
    const viewport = page.viewportSize();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport?.width ?? 1280, height });
    expect(await runAxe(page)).toEqual({ violations: [], incomplete: [] });
    await page.screenshot({ path: join(ARTIFACTS_DIR, screenshot) });
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: null });
  });
});
