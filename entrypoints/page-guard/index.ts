/**
 * The only script evaluated on every page (declared in wxt.config.ts): a guard that stays quiet
 * until the page shows a candidate MS term. Kept tiny on purpose (budget in tests/budgets.json):
 * no zod, no Preact, no matcher; the rest comes from the background only where it is needed.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageGuard } from './page-guard';
import { QuietContext } from './quiet-context';

/** HTML documents only: XML, plain text, images and the browser's own viewers are left alone. */
function isReadableDocument(): boolean {
  const type = document.contentType;
  return (type === 'text/html' || type === 'application/xhtml+xml') && document.documentElement !== null;
}

export default defineUnlistedScript(() => {
  if (!isReadableDocument()) return;
  try {
    new PageGuard(new QuietContext()).start();
  } catch (error) {
    // Never throw into the page; leave a trace for whoever debugs the extension.
    console.debug('Plainly MS could not start on this page', error);
  }
});
