import zlib from 'node:zlib';
import type { DateTime } from 'luxon';

/**
 * The files some demo residents attach, made here byte by byte so the repository holds no binary
 * files and the desk's preview and download links have something real to open: a small PNG
 * "screenshot" of a web page and a one-page PDF site plan with a line of text. Both are valid
 * files (the intake judges a file by its first bytes, shared/forms/files.ts) and both are a pure
 * function of what they are for, so a test can make them again and compare them with what the
 * CMS serves.
 */
export type BacklogFileKind = 'screenshot' | 'site-plan';

export interface BacklogFile {
  name: string;
  type: 'image/png' | 'application/pdf';
  content: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** PNG's CRC-32 (zlib.crc32 is only in newer Node versions than the ones the project supports). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG with a palette: `pixel` gives each pixel's index into `palette` (RGB triples). */
export function png(width: number, height: number, palette: readonly (readonly [number, number, number])[], pixel: (x: number, y: number) => number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8 bits per index, colour type 3 (palette), default compression, filter and no interlace.
  header.set([8, 3, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y += 1) {
    // Each row starts with its filter type: 0, none.
    for (let x = 0; x < width; x += 1) rows[y * (width + 1) + 1 + x] = pixel(x, y);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** PDF text strings escape their delimiters; the built-in Helvetica writes ASCII only. */
const pdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (character) => `\\${character}`);

/** A one-page PDF (US Letter) with a title, lines of text and, when given, a drawn route. */
export function pdf(lines: readonly string[], route: readonly (readonly [number, number])[] = []): Buffer {
  const text = lines.map((line, index) => `BT /F1 ${index === 0 ? 16 : 11} Tf 72 ${720 - index * 22} Td (${pdfText(line)}) Tj ET`);
  const drawing = route.length > 1 ? [`2 w ${route.map(([x, y], index) => `${x} ${y} ${index === 0 ? 'm' : 'l'}`).join(' ')} S`] : [];
  const stream = [...text, ...drawing].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  // Each cross-reference entry is exactly 20 bytes: ten digits, five digits, the kind, and a space and newline.
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A small number from a text, so each request's file differs a little from the next one's. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

const SCREEN = { width: 160, height: 100 };
// White page, grey browser bar, dark grey text, an error banner's red, a link's blue, the bar's border.
const SCREEN_PALETTE = [
  [255, 255, 255],
  [222, 224, 228],
  [70, 74, 82],
  [196, 40, 40],
  [26, 86, 190],
  [170, 174, 180],
] as const;

/** A browser window showing a page with an error banner and some lines of text, drawn from the reference. */
function screenshot(reference: string): Buffer {
  const hash = hashOf(reference);
  const bannerTop = 24 + (hash % 12);
  const lineLength = (row: number) => 40 + ((hash >>> (row % 16)) % 90);
  return png(SCREEN.width, SCREEN.height, SCREEN_PALETTE, (x, y) => {
    if (y < 14) return y === 13 ? 5 : y >= 4 && y < 10 && x >= 20 && x < 150 ? 0 : 1;
    if (y >= bannerTop && y < bannerTop + 10 && x >= 10 && x < 150) return 3;
    const row = y - bannerTop - 16;
    if (row >= 0 && row % 8 < 3 && x >= 10 && x < 10 + lineLength(row >> 3)) return row >> 3 === 2 ? 4 : 2;
    return 0;
  });
}

function sitePlan(reference: string): Buffer {
  const hash = hashOf(reference);
  // A route along the streets: right, down, right again, as a drawing of the works would show it.
  const route = [
    [90, 560],
    [250 + (hash % 120), 560],
    [250 + (hash % 120), 440 - ((hash >>> 8) % 80)],
    [520, 440 - ((hash >>> 8) % 80)],
  ] as const;
  return pdf(['Site plan and route drawing', `Request ${reference}`, 'Sheet 1 of 1. Not to scale.'], route);
}

/** The bytes of a request's file of this kind: the same for the same reference, every time. */
export function backlogFileContent(kind: BacklogFileKind, reference: string): Buffer {
  return kind === 'site-plan' ? sitePlan(reference) : screenshot(reference);
}

/** The file a request attaches, named as the resident's phone or office would name it when it was made (`madeAt`). */
export function backlogFile(kind: BacklogFileKind, reference: string, madeAt: DateTime): BacklogFile {
  const content = backlogFileContent(kind, reference);
  return kind === 'site-plan'
    ? { name: `site-plan-${madeAt.toFormat('yyyyMMdd')}.pdf`, type: 'application/pdf', content }
    : { name: `Screenshot_${madeAt.toFormat('yyyyMMdd-HHmmss')}.png`, type: 'image/png', content };
}
