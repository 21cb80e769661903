// Writes images/icon.png (128×128): a tessera mosaic — a 4×4 grid of tiles in two tones with a
// highlighted diagonal, the way a trace fills a table. Pure Node: PNG chunks with zlib, no image
// library. Run `node images/generate-icon.mjs`; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const BG = [0x1e, 0x1f, 0x29];
const TILE = [0x2f, 0x6f, 0xb3];
const TILE2 = [0x26, 0x58, 0x8f];
const HOT = [0xff, 0x8a, 0x24];

function pixel(x, y) {
  const margin = 10;
  const cell = (SIZE - 2 * margin) / 4;
  const gap = 5;
  const cx = Math.floor((x - margin) / cell);
  const cy = Math.floor((y - margin) / cell);
  if (cx < 0 || cy < 0 || cx > 3 || cy > 3) return BG;
  const ox = (x - margin) - cx * cell;
  const oy = (y - margin) - cy * cell;
  if (ox < gap / 2 || oy < gap / 2 || ox > cell - gap / 2 || oy > cell - gap / 2) return BG;
  if (cx === cy) return HOT;
  return (cx + cy) % 2 ? TILE : TILE2;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 3 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 3 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), y * (SIZE * 3 + 1) + 1 + x * 3);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
