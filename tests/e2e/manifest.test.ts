/**
 * Least privilege and budgets, checked on the built extension: the exact permissions (a change
 * must be deliberate: update this test and the README's table together), nothing web-accessible, a
 * strict CSP on extension pages, no remote code, no zod in what runs inside pages, and the size
 * budgets in tests/budgets.json.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { everyPageGzipBytes: number; marksStageGzipBytes: number; backgroundGzipBytes: number };
/** The page's stages (entrypoints/page-guard/stages.ts): the guard is declared, the others injected. */
const PAGE_STAGE_FILES = ['page-guard.js', 'page-marks.js', 'card-ui.js'];
/** Marks that zod/mini and webextension-polyfill leave in a bundle. */
const ZOD = /\b_zod\b/;
const POLYFILL = /webextension-polyfill/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

describe('permissions', () => {
  it('asks for exactly storage, contextMenus and scripting on all sites, and makes nothing web-accessible', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('declares only the guard on pages, in every frame, at document start (it reads the page once parsed)', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: ['<all_urls>'], js: ['page-guard.js'], all_frames: true, match_about_blank: true, run_at: 'document_start' },
    ]);
  });

  it('carries no zod and no webextension-polyfill into pages', () => {
    for (const file of PAGE_STAGE_FILES) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      // Booleans, not toMatch: a failure must not print a whole bundle.
      expect(ZOD.test(code), `${file} contains zod`).toBe(false);
      expect(POLYFILL.test(code), `${file} contains webextension-polyfill`).toBe(false);
    }
    // Proof that the check can see them: the background has both.
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(ZOD.test(background) && POLYFILL.test(background)).toBe(true);
  });

  it('keeps extension pages to their own scripts', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" });
  });

  it('ships no code that loads remote code or calls the network', () => {
    const scripts = files(EXTENSION_DIR).filter((file) => file.endsWith('.js'));
    for (const script of scripts) {
      const code = readFileSync(script, 'utf8');
      expect(code, script).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket\(|EventSource\(|sendBeacon|importScripts\(/);
      expect(code, script).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  });
});

describe('budgets', () => {
  it(`keeps what every page evaluates within ${budgets.everyPageGzipBytes} bytes gzipped`, () => {
    const declared = (manifest.content_scripts as { js?: string[]; css?: string[] }[]).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
    const total = declared.reduce((sum, file) => sum + gzipSize(file), 0);
    console.log(`every page evaluates ${total} bytes gzipped (${declared.join(', ')})`);
    expect(total).toBeLessThanOrEqual(budgets.everyPageGzipBytes);
  });

  it(`keeps the marks stage within ${budgets.marksStageGzipBytes} bytes gzipped`, () => {
    expect(gzipSize('page-marks.js')).toBeLessThanOrEqual(budgets.marksStageGzipBytes);
  });

  it(`keeps the background within ${budgets.backgroundGzipBytes} bytes gzipped`, () => {
    expect(gzipSize('background.js')).toBeLessThanOrEqual(budgets.backgroundGzipBytes);
  });
});
