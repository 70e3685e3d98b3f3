/**
 * Draws the extension icons (public/icon/{16,32,48,128}.png) from shapes, so they are reproducible and
 * ours: a rounded teal tile with a white speech bubble and a lens over it. Run: npx tsx cli/draw-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

type Rgba = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distance functions in a unit square (0..1); negative inside.
const roundedBox = (x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x: number, y: number, cx: number, cy: number, r: number) => Math.hypot(x - cx, y - cy) - r;
const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number, r: number) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};

function draw(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const aa = 1 / size;
  const cover = (d: number) => Math.max(0, Math.min(1, 0.5 - d / aa));
  const layers: Array<[(x: number, y: number) => number, Rgba]> = [
    [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.22), [14, 116, 110, 255]],
    // Speech bubble (the template) with a tail.
    [
      (x, y) => Math.min(roundedBox(x, y, 0.44, 0.42, 0.3, 0.22, 0.1), segment(x, y, 0.26, 0.6, 0.2, 0.76, 0.05)),
      [255, 255, 255, 255],
    ],
    // Text lines inside the bubble.
    [
      (x, y) => Math.min(segment(x, y, 0.28, 0.36, 0.6, 0.36, 0.035), segment(x, y, 0.28, 0.48, 0.5, 0.48, 0.035)),
      [14, 116, 110, 255],
    ],
    // Lens: amber ring with a handle.
    [
      (x, y) =>
        Math.min(Math.abs(circle(x, y, 0.66, 0.64, 0.16)) - 0.055, segment(x, y, 0.77, 0.75, 0.88, 0.86, 0.065)),
      [255, 193, 7, 255],
    ],
  ];
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      let out: Rgba = [0, 0, 0, 0];
      for (const [sdf, [r, g, b, a]] of layers) {
        const alpha = (cover(sdf(x, y)) * a) / 255;
        const outA = alpha + (out[3] / 255) * (1 - alpha);
        if (outA === 0) continue;
        const mix = (c: number, o: number) => (c * alpha + o * (out[3] / 255) * (1 - alpha)) / outA;
        out = [mix(r, out[0]), mix(g, out[1]), mix(b, out[2]), outA * 255];
      }
      px.set(out.map(Math.round), (j * size + i) * 4);
    }
  }
  return px;
}

const dir = path.resolve(import.meta.dirname ?? '.', '../public/icon');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  fs.writeFileSync(path.join(dir, `${size}.png`), encodePng(size, draw(size)));
}
console.log(`icons written to ${dir}`);
