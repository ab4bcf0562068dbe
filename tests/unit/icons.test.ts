/** Store icons: every size the manifest names, and the 128 px one as 96 px of artwork in 16 px of transparent padding. */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';

const read = (name: string): PNG => PNG.sync.read(fs.readFileSync(path.join(REPO, 'icons', name)));

/** The bounding box of the pixels that are not fully transparent. */
function artBox(png: PNG): { left: number; top: number; right: number; bottom: number } {
  const box = { left: png.width, top: png.height, right: -1, bottom: -1 };
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      if ((png.data[(y * png.width + x) * 4 + 3] ?? 0) === 0) continue;
      box.left = Math.min(box.left, x);
      box.top = Math.min(box.top, y);
      box.right = Math.max(box.right, x);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

describe('icons', () => {
  it.each(['icon-128.png', 'icon-off-128.png'])('%s: artwork within the central 96 px, padding transparent', (name) => {
    const png = read(name);
    expect([png.width, png.height]).toEqual([128, 128]);
    const box = artBox(png);
    expect(box.left).toBeGreaterThanOrEqual(16);
    expect(box.top).toBeGreaterThanOrEqual(16);
    expect(box.right).toBeLessThanOrEqual(111);
    expect(box.bottom).toBeLessThanOrEqual(111);
    // …and it fills that square, rather than shrinking into it.
    expect(box.right - box.left).toBeGreaterThanOrEqual(80);
  });

  it('every icon the manifest names exists at its size', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'manifest.json'), 'utf8')) as { icons: Record<string, string> };
    for (const [size, file] of Object.entries(manifest.icons)) {
      const png = read(path.basename(file));
      expect([png.width, png.height], file).toEqual([Number(size), Number(size)]);
    }
  });
});
