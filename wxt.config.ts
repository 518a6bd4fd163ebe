import { defineConfig } from 'wxt';
import { plainlyIndexPlugin } from './scripts/index-plugin';

// See README "Toolchain" for why these versions: wxt 0.21 builds on Node 20 despite declaring >= 22.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere (design.md): a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [plainlyIndexPlugin()],
    // Browsers that run this extension support modulepreload; Vite's polyfill would add a fetch() of our own files.
    build: { modulePreload: { polyfill: false } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  // Store reviewers get the sources; test screenshots are not part of them.
  zip: { excludeSources: ['test-results/**', 'docs/**'] },
  manifest: ({ browser }) => ({
    name: 'Plainly MS',
    description: 'Explains multiple-sclerosis medicines, tests and study terms on any page, in plain language. Nothing leaves your browser.',
    // storage: the person's settings and questions. contextMenus: "Look up in Plainly MS" on a selection.
    // Content scripts are declared; the badge, commands and lookups need nothing more.
    permissions: ['storage', 'contextMenus'],
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
