/**
 * How a word looks on screen, from a screenshot of it: whether it has the pale yellow background or
 * the dotted teal underline that mark a term (the two marking styles), judged by the pixels a person
 * sees rather than by how the marks are registered.
 */
import type { Page } from 'playwright-core';
import { boxOfText } from './harness';

/** rgba(255, 221, 87, 0.45) over a white page. */
const PALE_YELLOW = [255, 240, 179];
/** #1f7a8c, the underline colour. */
const TEAL = [31, 122, 140];
/** Per-channel slack for anti-aliasing and rounding; far smaller than the distance between the colours and the page's. */
const TOLERANCE = 12;

export interface MarkingSeen {
  /** Pixels of the word's box in the background colour. */
  background: number;
  /** Pixels in the underline colour. */
  underline: number;
  pixels: number;
}

/**
 * Counts the marking colours in the box of the first `text` inside `selector`, a few pixels taller
 * than the text so a line under it is included.
 */
export async function markingSeen(page: Page, selector: string, text: string): Promise<MarkingSeen> {
  const box = await boxOfText(page, selector, text);
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) + 4 };
  const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  // Decoded by the browser itself (no PNG library here); a Blob and an OffscreenCanvas touch no DOM.
  const rgba = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data);
  }, png.toString('base64'));
  const near = (at: number, colour: number[]) => colour.every((channel, i) => Math.abs(rgba[at + i] - channel) <= TOLERANCE);
  const seen: MarkingSeen = { background: 0, underline: 0, pixels: rgba.length / 4 };
  for (let at = 0; at < rgba.length; at += 4) {
    if (near(at, PALE_YELLOW)) seen.background++;
    else if (near(at, TEAL)) seen.underline++;
  }
  return seen;
}
