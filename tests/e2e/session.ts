/**
 * What most e2e files need: the fixture server and Chromium with the built extension, started
 * before the file's tests and closed after them. Read `session.browser` and `session.server` inside
 * tests and hooks (they are set once the first hook has run).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS_DIR, FIXTURES_DIR, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';

export interface Session {
  browser: ExtensionBrowser;
  server: Awaited<ReturnType<typeof serveFolder>>;
}

export function useSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    session.server = await serveFolder(FIXTURES_DIR);
    session.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
