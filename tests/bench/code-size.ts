/**
 * "Code evaluated on every page": the files the built manifest lists in `content_scripts` (js and
 * css), each compressed by `gzip -9`, summed. The names come from the manifest, not from this file:
 * the content script may be one bundle or a small guard whose heavier stages the background injects
 * only where they are needed, and those injected stages are not counted here.
 *
 * GNU gzip, not node:zlib: Node's zlib (Chromium's fork) makes output some 1% larger at level 9 than
 * `gzip -9` does, and the target is stated in `gzip -9` bytes. Without a gzip binary it falls back
 * to node:zlib and says so.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EveryPageCode {
  /** Each listed file once, in manifest order, with its compressed size in bytes. */
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  compressor: 'gzip -9' | 'node:zlib level 9';
}

interface ContentScriptEntry {
  js?: string[];
  css?: string[];
}

/** `gzip -9 -n` (no name or time in the header: the bytes a server would send), or null without gzip. */
function gnuGzipSize(content: Buffer): number | null {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input: content, maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return null;
  }
}

export function measureEveryPageCode(extensionDir: string): EveryPageCode {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  // A file listed by two entries is still one file to download and compile: count it once.
  const listed = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]))];
  const contents = listed.map((file) => readFileSync(join(extensionDir, file)));
  const gnu = contents.map(gnuGzipSize);
  const useGnu = gnu.every((size) => size !== null);
  const files = listed.map((file, i) => ({ file, gzipBytes: useGnu ? (gnu[i] as number) : gzipSync(contents[i], { level: 9 }).length }));
  return { files, totalGzipBytes: files.reduce((sum, entry) => sum + entry.gzipBytes, 0), compressor: useGnu ? 'gzip -9' : 'node:zlib level 9' };
}
