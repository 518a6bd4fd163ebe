/**
 * WXT's content-script context (timers, listeners and observers that stop when the extension
 * reloads or updates), without the two signals it sends to say a copy started: a
 * `window.postMessage` whose type carries the extension id, and a CustomEvent on the document.
 * Both reach the page's own scripts, and "this visitor has Plainly MS" is health information
 * (docs/architecture.md, Decision 5). A new copy finds the old one through the isolated world instead.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { forgetStages, stages } from './stages';

export class QuietContext extends ContentScriptContext {
  constructor() {
    super('page-guard', { noScriptStartedPostMessage: true });
    stages().stopGuard = () => this.notifyInvalidated();
  }

  /** Called by WXT's constructor: stops a copy from before an update, which shares this world. */
  override stopOldScripts(): void {
    const stopOld = stages().stopGuard;
    forgetStages();
    stopOld?.();
  }

  /** Newer copies call stopGuard (above) directly: nothing to listen for on the page. */
  override listenForNewerScripts(): void {}
}
