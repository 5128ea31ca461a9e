// Draws the app icon (icon.svg is the same drawing as vector source) into icon.png, 512x512, with
// nothing but Node: rounded deep-blue square, four white bars rising left to right.
// Run: node build/icons/generate-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges
const BACKGROUND = { x: 32, y: 32, width: 448, height: 448, radius: 96 };
const GRADIENT_TOP = [30, 64, 175]; // #1E40AF
const GRADIENT_BOTTOM = [23, 37, 84]; // #172554
const BAR_WIDTH = 56;
const BAR_GAP = 28;
const BAR_BASELINE = 384;
const BAR_HEIGHTS = [96, 150, 206, 262];
const BAR_RADIUS = 12;
const FIRST_BAR_X = (SIZE - (BAR_HEIGHTS.length * BAR_WIDTH + (BAR_HEIGHTS.length - 1) * BAR_GAP)) / 2;

export const BARS = BAR_HEIGHTS.map((height, index) => ({
  x: FIRST_BAR_X + index * (BAR_WIDTH + BAR_GAP),
  y: BAR_BASELINE - height,
  width: BAR_WIDTH,
  height,
  radius: BAR_RADIUS,
}));

function insideRoundedRect(px, py, rect) {
  const { x, y, width, height, radius } = rect;
  if (px < x || px > x + width || py < y || py > y + height) return false;
  const cx = Math.min(Math.max(px, x + radius), x + width - radius);
  const cy = Math.min(Math.max(py, y + radius), y + height - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

function renderPixels() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y += 1) {
    const t = (y - BACKGROUND.y) / BACKGROUND.height;
    const blue = GRADIENT_TOP.map((top, channel) => top + (GRADIENT_BOTTOM[channel] - top) * Math.min(1, Math.max(0, t)));
    for (let x = 0; x < SIZE; x += 1) {
      let backgroundHits = 0;
      let barHits = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          if (!insideRoundedRect(px, py, BACKGROUND)) continue;
          backgroundHits += 1;
          if (BARS.some((bar) => insideRoundedRect(px, py, bar))) barHits += 1;
        }
      }
      const offset = (y * SIZE + x) * 4;
      if (backgroundHits === 0) continue;
      const white = barHits / backgroundHits;
      for (let channel = 0; channel < 3; channel += 1) {
        rgba[offset + channel] = Math.round(blue[channel] * (1 - white) + 255 * white);
      }
      rgba[offset + 3] = Math.round((255 * backgroundHits) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'icon.png'), encodePng(renderPixels(), SIZE, SIZE));
console.log(`wrote ${join(here, 'icon.png')}`);
