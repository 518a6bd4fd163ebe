/**
 * Least privilege and budgets, checked on the built extension: the exact permissions (a change
 * must be deliberate: update this test and the README's table together), no host permissions, a
 * strict CSP on extension pages, no remote code, and the size budgets in tests/budgets.json.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { contentScriptGzipBytes: number; backgroundGzipBytes: number };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

describe('permissions', () => {
  it('asks for exactly storage and contextMenus, and no host permissions', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('runs its content script on pages, in every frame, after the page is parsed', () => {
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle' }),
    ]);
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
  it(`keeps the content script within ${budgets.contentScriptGzipBytes} bytes gzipped`, () => {
    expect(gzipSize('content-scripts/content.js')).toBeLessThanOrEqual(budgets.contentScriptGzipBytes);
  });

  it(`keeps the background within ${budgets.backgroundGzipBytes} bytes gzipped`, () => {
    expect(gzipSize('background.js')).toBeLessThanOrEqual(budgets.backgroundGzipBytes);
  });
});
