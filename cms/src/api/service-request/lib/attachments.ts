import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { SNIFF_BYTES, sniffFileType, type FileAnswer } from '@city/shared/forms';
import { sha256 } from '../../../lib/fingerprint';

/**
 * Residents' attachments go through Strapi's upload plugin (so staff see them in the admin like
 * any media) but never into `public/uploads`, which the CMS serves to anyone. The local provider
 * is extended: uploads made inside `privateUploads.run()` are written under a private folder and
 * get a `/private-uploads/...` URL that nothing serves; the provider then says it is private, so
 * Strapi asks it for a signed URL whenever the admin shows one, and only a valid, unexpired
 * signature downloads the file (`GET /api/service-requests/attachments/:name`).
 */
const PRIVATE_PREFIX = '/private-uploads/';
const privateUploads = new AsyncLocalStorage<true>();

/** A file as the body parser (formidable) leaves it in a temporary folder. */
export interface IncomingFile {
  field: string;
  filepath: string;
  originalFilename: string;
  mimetype: string | null;
  size: number;
}

/** An incoming file with its type judged from its bytes and a digest for idempotency. */
export interface PreparedFile extends IncomingFile {
  answer: FileAnswer;
  digest: string;
}

export async function prepareFile(file: IncomingFile): Promise<PreparedFile> {
  const content = await fs.promises.readFile(file.filepath);
  const type = sniffFileType(content.subarray(0, SNIFF_BYTES)) ?? 'application/octet-stream';
  const name = path.basename(file.originalFilename || 'file').slice(0, 255) || 'file';
  return { ...file, answer: { name, type, size: content.length }, digest: sha256(content) };
}

export function privateUploadsDir(strapi: Core.Strapi): string {
  return path.resolve(strapi.dirs.app.root, process.env.PRIVATE_UPLOADS_DIR ?? 'data/private-uploads');
}

interface ProviderFile {
  hash: string;
  ext?: string;
  url?: string;
  stream?: NodeJS.ReadableStream;
  buffer?: Buffer;
}
type ProviderMethod = (file: ProviderFile, options?: unknown) => Promise<unknown>;
interface UploadProvider {
  upload?: ProviderMethod;
  uploadStream?: ProviderMethod;
  delete: ProviderMethod;
  extend(methods: Record<string, unknown>): void;
}

const isPrivateFile = (file: { url?: string | null }) => typeof file.url === 'string' && file.url.startsWith(PRIVATE_PREFIX);
const storedName = (file: ProviderFile) => `${file.hash}${file.ext ?? ''}`;
const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

/** The key staff's attachment links and residents' email links are signed with (each signs its own purpose). */
export function signingKey(): string {
  const key = process.env.ATTACHMENT_SIGNING_KEY ?? process.env.ADMIN_JWT_SECRET ?? process.env.APP_KEYS;
  if (!key) throw new Error('Set ATTACHMENT_SIGNING_KEY (or ADMIN_JWT_SECRET) to sign links');
  return key;
}
const signature = (name: string, expires: number) => crypto.createHmac('sha256', signingKey()).update(`${name}\n${expires}`).digest('base64url');

/** A link to a private attachment that works for a short while (the admin asks for a new one each time). */
export function signedAttachmentPath(name: string, ttlMs = Number(process.env.ATTACHMENT_LINK_TTL_MS ?? 15 * 60_000)): string {
  const expires = Date.now() + ttlMs;
  return `/api/service-requests/attachments/${encodeURIComponent(name)}?expires=${expires}&signature=${signature(name, expires)}`;
}

/** The file on disk a signed link points to, or undefined when the link is forged, expired or broken. */
export function verifiedAttachmentPath(strapi: Core.Strapi, name: string, expires: string, given: string): string | undefined {
  const expiresAt = Number(expires);
  if (!SAFE_NAME.test(name) || !Number.isFinite(expiresAt) || expiresAt < Date.now()) return undefined;
  const expected = Buffer.from(signature(name, expiresAt));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return undefined;
  return path.join(privateUploadsDir(strapi), name);
}

/** Extends the upload provider with the private folder. Call in register(), before the upload plugin's bootstrap. */
export function installPrivateStorage(strapi: Core.Strapi): void {
  const provider = strapi.plugin('upload').provider as unknown as UploadProvider;
  const dir = privateUploadsDir(strapi);
  const publicUpload = provider.upload;
  const publicUploadStream = provider.uploadStream;
  const publicDelete = provider.delete;

  const writePrivate = async (file: ProviderFile) => {
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    const target = path.join(dir, storedName(file));
    if (file.stream) await fs.promises.writeFile(target, file.stream as unknown as AsyncIterable<Uint8Array>, { mode: 0o600 });
    else if (file.buffer) await fs.promises.writeFile(target, file.buffer, { mode: 0o600 });
    else throw new Error('Missing file stream');
    file.url = `${PRIVATE_PREFIX}${storedName(file)}`;
  };

  provider.extend({
    upload: async (file: ProviderFile, options?: unknown) => (privateUploads.getStore() ? writePrivate(file) : publicUpload?.(file, options)),
    ...(publicUploadStream
      ? { uploadStream: async (file: ProviderFile, options?: unknown) => (privateUploads.getStore() ? writePrivate(file) : publicUploadStream(file, options)) }
      : {}),
    delete: async (file: ProviderFile, options?: unknown) => {
      if (!isPrivateFile(file)) return publicDelete(file, options);
      await fs.promises.rm(path.join(dir, path.basename(file.url ?? '')), { force: true });
    },
    // Private, so Strapi asks for a signed URL before showing any file; public files keep theirs.
    isPrivate: () => true,
    getSignedUrl: async (file: ProviderFile) => ({ url: isPrivateFile(file) ? signedAttachmentPath(path.basename(file.url ?? '')) : file.url }),
  });
}

interface QueryEvent {
  params: { where?: Record<string, unknown> };
}
interface Lifecycles {
  subscribe(subscriber: { models: string[] } & Record<string, unknown>): void;
}

/**
 * Private attachments never appear in the media library, for anyone: editors have the library
 * for the site's files, and staff open attachments from the request in the content manager.
 */
export function hidePrivateFilesFromMediaLibrary(strapi: Core.Strapi): void {
  const hide = (event: QueryEvent) => {
    // The matched route, not the path: every spelling of /upload/files, and /api/upload/files too.
    const ctx = strapi.requestContext.get() as { state?: { route?: { info?: { pluginName?: string } } } } | undefined;
    if (ctx?.state?.route?.info?.pluginName !== 'upload') return;
    const notPrivate = { $not: { url: { $startsWith: PRIVATE_PREFIX } } };
    event.params.where = event.params.where ? { $and: [event.params.where, notPrivate] } : notPrivate;
  };
  (strapi.db.lifecycles as unknown as Lifecycles).subscribe({
    models: ['plugin::upload.file'],
    beforeFindMany: hide,
    beforeFindOne: hide,
    beforeCount: hide,
    beforeUpdate: hide,
    beforeDelete: hide,
  });
}

interface UploadService {
  upload(input: { data: { fileInfo: { name: string }[] }; files: unknown[] }): Promise<{ id: number }[]>;
  remove(file: unknown): Promise<unknown>;
}

/** Stores the files privately through the upload plugin; returns their ids in the same order. */
export async function storeAttachments(strapi: Core.Strapi, files: PreparedFile[]): Promise<number[]> {
  if (files.length === 0) return [];
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const stored = await privateUploads.run(true, () =>
    upload.upload({
      data: { fileInfo: files.map((file) => ({ name: file.answer.name })) },
      // The sniffed type, not the one the browser claimed, is what Strapi records.
      files: files.map((file) => ({ filepath: file.filepath, originalFilename: file.answer.name, mimetype: file.answer.type, size: file.size })),
    }),
  );
  return stored.map((file) => file.id);
}

interface ImageManipulation {
  isImage(file: unknown): Promise<boolean>;
}

/**
 * A resident's attachment is kept as it was sent: Strapi would re-encode a photo (quality 80), make a
 * thumbnail and three smaller copies of it, and refuse a picture sharp cannot read with an English
 * error after the answers were accepted. For the private uploads the upload plugin is told no file is
 * an image; the intake has judged the type from the bytes already. Editors' images are as before.
 */
export function keepAttachmentsAsSent(strapi: Core.Strapi): void {
  const images = strapi.plugin('upload').service('image-manipulation') as unknown as ImageManipulation;
  const isImage = images.isImage.bind(images);
  images.isImage = async (file) => (privateUploads.getStore() ? false : isImage(file));
}

/** Deletes stored attachments again (a concurrent duplicate won the race). */
export async function removeAttachments(strapi: Core.Strapi, ids: number[]): Promise<void> {
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  for (const id of ids) {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (file) await upload.remove(file);
  }
}
