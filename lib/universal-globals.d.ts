/**
 * The only globals the core may use: ones that Node and every browser context provide alike. The core
 * is type-checked without the DOM library (tsconfig.core.json), so anything else, a `document`, a
 * `window` or an extension API, fails to compile here and belongs in page-text/, platform/ or an
 * entrypoint instead.
 */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly protocol: string;
}
