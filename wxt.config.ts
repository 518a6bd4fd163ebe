import { defineConfig } from 'wxt';
import type { Alias, AliasOptions } from 'vite';
import { plainlyIndexPlugin } from './build/index-plugin';

/** The page's stages (entrypoints/page-guard/stages.ts): scripts that run inside web pages. */
const PAGE_STAGES = new Set(['page-guard', 'page-marks', 'card-ui']);

/**
 * Page stages get the browser's own extension API, not webextension-polyfill: in Chromium's MV3
 * and in Firefox it already returns promises, and the polyfill would add its size and start-up to
 * the one script every page evaluates (budget in tests/budgets.json). Extension pages keep it.
 */
function withoutPolyfill(alias: AliasOptions | undefined): Alias[] {
  const list: Alias[] = Array.isArray(alias) ? [...(alias as Alias[])] : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  return [...list.filter((entry) => entry.find !== 'wxt/browser'), { find: 'wxt/browser', replacement: '@wxt-dev/browser' }];
}

// See README "Toolchain" for why these versions: wxt 0.21 builds on Node 20 despite declaring >= 22.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere (docs/architecture.md, "Rooms"): a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [plainlyIndexPlugin()],
    // Browsers that run this extension support modulepreload; Vite's polyfill would add a fetch() of our own files.
    build: { modulePreload: { polyfill: false } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => PAGE_STAGES.has(entrypoint.name))) return;
      config.resolve = { ...config.resolve, alias: withoutPolyfill(config.resolve?.alias) };
    },
  },
  // Store reviewers get the sources; test screenshots are not part of them.
  zip: { excludeSources: ['test-results/**', 'docs/**'] },
  manifest: ({ browser }) => ({
    name: 'Plainly MS',
    description: 'Explains multiple-sclerosis medicines, tests and study terms on any page, in plain language. Nothing leaves your browser.',
    // storage: the person's settings and questions. contextMenus: "Look up in Plainly MS" on a selection.
    // scripting + host access: the page's later stages are injected only where a page needs them
    // (entrypoints/background/page-stages.ts); the declared guard already reads every page.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    // Only the guard runs on every page; every frame reads its own text, nothing crosses frames.
    content_scripts: [{ matches: ['<all_urls>'], js: ['page-guard.js'], all_frames: true, match_about_blank: true, run_at: 'document_start' }],
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next marked term and open its card' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous marked term and open its card' },
    },
    action: { default_title: 'Plainly MS' },
    // Extension pages run only their own bundled scripts: no eval, no remote code, no plugins.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the CSS Custom Highlight API and data_collection_permissions (142 on Android).
            gecko: {
              id: 'plainly-ms@plainly-ms.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
