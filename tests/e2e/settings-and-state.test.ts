/**
 * Settings and per-tab state that are never lost: every list size the schema allows saves and comes
 * back after a reload, records of older and newer versions are carried without loss by the one
 * writer (the background), the popup agrees with the badge after the service worker stopped, and
 * the popup's site switch follows the rule marking follows.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../lib/settings/schema';
import { layoutOf, SYNC_LIMITS, VERSION_KEY } from '../../lib/settings/stored-layout';
import {
  askPageScript,
  openPopupOn,
  badgeText,
  readStoredSettings,
  replaceSettingsItems,
  serviceWorker,
  storedSettingsItems,
  storeSettings,
  waitForBadge,
  waitForHighlights,
  withExtensionApi,
} from './harness';
import { useSession } from './session';

const session = useSession();

afterEach(async () => {
  await storeSettings(session.browser, {});
  for (const page of session.browser.context.pages()) await page.close();
});

/** `count` distinct host names of `length` characters. */
function hosts(count: number, length: number, tag: string): string[] {
  return Array.from({ length: count }, (_, index) => {
    const head = `${tag}${index}.`;
    return `${head}${'a'.repeat(length - head.length - 4)}.org`;
  });
}

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Where it runs' }).waitFor();
  return page;
}

const statusOf = (page: Page) => page.locator('.pm-savebar [role="status"]').innerText();

/** Types a list into the options page's box and leaves it, as a person would. */
async function enterSites(page: Page, label: string, sites: string[]): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(sites.join('\n'));
  await box.press('Tab');
  await expect.poll(() => statusOf(page), { timeout: 10_000 }).toContain(`Saved: ${label}.`);
}

const lines = async (page: Page, label: string) => (await page.getByLabel(label, { exact: true }).inputValue()).split('\n').filter(Boolean);

/**
 * Types 500 + 500 sites of `length` characters into the options page, reloads it, and checks both
 * boxes show every one again; returns the page, the lists and the last save's status line.
 */
async function enterAndReload(length: number): Promise<{ page: Page; never: string[]; only: string[]; saved: string }> {
  const page = await openOptions();
  const never = hosts(500, length, 'n');
  const only = hosts(500, length, 'o');
  await enterSites(page, 'Sites where it never runs', never);
  await enterSites(page, 'Sites where it only runs', only);
  const saved = await statusOf(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Where it runs' }).waitFor();
  expect(await lines(page, 'Sites where it never runs')).toEqual(never);
  expect(await lines(page, 'Sites where it only runs')).toEqual(only);
  return { page, never, only, saved };
}


describe('site lists at every size the schema allows', () => {
  it('saves 500 + 500 sites, in synced storage within every quota, and they are there after a reload', async () => {
    const { page, never, only } = await enterAndReload(24);
    expect(await page.locator('#sites-on-device').count()).toBe(0);
    const { settings, listsOnDeviceOnly } = await readStoredSettings(page);
    expect([settings.neverOnSites, settings.onlyOnSites, listsOnDeviceOnly]).toEqual([never, only, false]);
    // The browser's own count of what sync holds, item by item and in all.
    const { sync } = await storedSettingsItems(page);
    const sizes = await withExtensionApi(page, async (api, keys) => Promise.all(keys.map((key) => api.storage.sync.getBytesInUse(key))), Object.keys(sync));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_LIMITS.itemBytes);
    expect(await withExtensionApi(page, (api) => api.storage.sync.getBytesInUse(null))).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
  });

  it('keeps the longest lists on this device, says so, and loses none', async () => {
    const { page, saved } = await enterAndReload(253);
    expect(saved).toContain('kept on this device only');
    expect(await page.locator('#sites-on-device').innerText()).toContain('kept on this device only');
    expect((await readStoredSettings(page)).listsOnDeviceOnly).toBe(true);
  });
});

describe('records of other versions', () => {
  it('carries a version 1 record forward in the background, keeping a backup and leaving a notice', async () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/settings/v1.json', 'utf8')) as Record<string, unknown>;
    const worker = await serviceWorker(session.browser);
    await withExtensionApi(worker, (api) => api.storage.local.remove(['settingsNotice', 'settingsBackup']));
    await replaceSettingsItems(worker, { sync: { settings: v1 }, local: {} });
    // The background notices the change and rewrites the record in this version's layout.
    await expect.poll(async () => (await storedSettingsItems(worker)).sync[VERSION_KEY], { timeout: 5_000 }).toBe(SETTINGS_VERSION);
    const { sync } = await storedSettingsItems(worker);
    expect('settings' in sync).toBe(false);
    expect((await readStoredSettings(worker)).settings).toEqual({ ...v1, version: SETTINGS_VERSION });
    const kept = await withExtensionApi(worker, (api) => api.storage.local.get(['settingsNotice', 'settingsBackup']));
    expect(kept.settingsNotice).toMatch(/updated/);
    expect(kept.settingsBackup).toEqual({ sync: { settings: v1 }, local: {} });
  });

  it("changes a newer version's record without marking it as its own or dropping what it does not know", async () => {
    const worker = await serviceWorker(session.browser);
    const newer = layoutOf({ ...DEFAULT_SETTINGS, audience: 'clinician' });
    // A value this version cannot read (a region it does not know) must survive too, unrepaired.
    await replaceSettingsItems(worker, { sync: { ...newer.sync, [VERSION_KEY]: SETTINGS_VERSION + 1, 'settings.readingRuler': true, 'settings.region': 'Canada' }, local: {} });
    const page = await openOptions();
    expect(await page.getByLabel('A doctor, nurse or other clinician').isChecked()).toBe(true);
    await page.getByLabel('A family member, friend or carer').check();
    await expect.poll(() => statusOf(page)).toContain('Saved: Who reads the cards.');
    const { sync } = await storedSettingsItems(worker);
    expect([sync[VERSION_KEY], sync['settings.readingRuler'], sync['settings.audience']]).toEqual([SETTINGS_VERSION + 1, true, 'caregiver']);
    expect(sync['settings.region']).toBe('Canada');
  });
});

describe('my questions', () => {
  it('never drops a saved question it cannot read: it is kept aside, with a notice', async () => {
    const worker = await serviceWorker(session.browser);
    const readable = { termId: 'ocrelizumab', name: 'ocrelizumab', question: 'Is it right for me?', savedAt: '2026-12-01T10:00:00.000Z' };
    const damaged = { termId: 'Not An Id', question: 42 };
    await withExtensionApi(worker, (api, questions) => api.storage.local.set({ questions }), [readable, damaged, { ...readable, termId: 'natalizumab', name: 'natalizumab' }]);

    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const list = popup.getByRole('region', { name: 'My questions' });
    await expect.poll(() => list.innerText()).toContain('natalizumab');
    await list.getByRole('button', { name: /remove/i }).first().click();
    await expect.poll(() => list.innerText()).not.toContain('ocrelizumab');

    const kept = await withExtensionApi(worker, (api) => api.storage.local.get(['questions', 'questionsBackup', 'settingsNotice']));
    expect(kept.questionsBackup).toEqual([damaged]);
    expect(kept.settingsNotice).toContain('could not be read');
    expect((kept.questions as { termId: string }[]).map((question) => question.termId)).toEqual(['natalizumab']);
  });
});

describe('per-tab state', () => {
  it('the popup lists what the badge counts, after the service worker was stopped', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    await waitForHighlights(page, 20);
    await page.bringToFront();
    const badge = Number(await waitForBadge(session.browser));
    expect(badge).toBeGreaterThanOrEqual(15);

    // As Chrome does after 30 s idle: everything the worker held in memory is gone.
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    const popup = await openPopupOn(session.browser, page);
    const list = popup.getByRole('region', { name: 'On this page' });
    await expect.poll(() => list.getByRole('button').count(), { timeout: 5_000 }).toBe(badge);
    expect(await badgeText(session.browser)).toBe(String(badge));
  });
});

describe("the popup's site switch", () => {
  it('shows and changes what marking does, by the same rule ("only on" lists included)', async () => {
    await storeSettings(session.browser, { onlyOnSites: ['example.org'] });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    // The page script ran and left the page alone: 127.0.0.1 is not on the "only on" list.
    await expect.poll(() => askPageScript(session.browser, page, { type: 'page-info' }), { timeout: 5_000 }).toEqual({ host: '127.0.0.1', running: false });

    const popup = await openPopupOn(session.browser, page);
    const siteSwitch = popup.getByLabel('Mark terms on 127.0.0.1');
    expect(await siteSwitch.isChecked()).toBe(false);
    await siteSwitch.check();
    expect((await waitForHighlights(page, 20)).length).toBeGreaterThanOrEqual(20);
    expect((await readStoredSettings(popup)).settings.onlyOnSites).toEqual(['example.org', '127.0.0.1']);
  });
});
