/**
 * The file types a form may accept, recognised by their first bytes ("magic numbers") rather than
 * by the name or the type the browser claims. Only types listed here can ever be accepted, whatever
 * a form's `accept` says. Runs in the browser (on `File.slice().arrayBuffer()`) and on the server.
 */
export const KNOWN_FILE_TYPES = [
  { mime: 'application/pdf', name: 'PDF', extensions: ['.pdf'], magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  { mime: 'image/png', name: 'PNG', extensions: ['.png'], magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  { mime: 'image/jpeg', name: 'JPEG', extensions: ['.jpg', '.jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  { mime: 'image/gif', name: 'GIF', extensions: ['.gif'], magic: [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]] },
] as const;

export type KnownMime = (typeof KNOWN_FILE_TYPES)[number]['mime'];

/** How many leading bytes `sniffFileType` needs. */
export const SNIFF_BYTES = 16;

/** The type of a file judged by its first bytes, or undefined when it is none of the known types. */
export function sniffFileType(bytes: Uint8Array): KnownMime | undefined {
  for (const type of KNOWN_FILE_TYPES) {
    if (type.magic.some((signature) => signature.every((byte, index) => bytes[index] === byte))) return type.mime;
  }
  return undefined;
}

/** The known types an `accept` attribute allows (`application/pdf`, `image/*`, `.pdf`). */
export function acceptedMimes(accept: string): KnownMime[] {
  const tokens = accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  return KNOWN_FILE_TYPES.filter((type) =>
    tokens.some(
      (token) =>
        token === type.mime ||
        (token.endsWith('/*') && type.mime.startsWith(token.slice(0, -1))) ||
        (type.extensions as readonly string[]).includes(token),
    ),
  ).map((type) => type.mime);
}

/** Short names of types for messages, e.g. ["PDF", "PNG"]. */
export function fileTypeNames(mimes: readonly string[]): string[] {
  return mimes.map((mime) => KNOWN_FILE_TYPES.find((type) => type.mime === mime)?.name ?? mime);
}
