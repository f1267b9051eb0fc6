import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { STAGED_ID_PATTERN, type FileAnswer, type FormValuesParam, type StagedFiles } from '@city/shared/forms';
import { formSaveSecret, openAnswers, sealAnswers } from '../../form-save/lib/seal';
import { privateUploadsDir, type IncomingFile, type PreparedFile } from './attachments';

/**
 * Files posted on a page of a form of several pages without JavaScript (shared/forms/steps.ts):
 * the request is sent pages later, so the CMS keeps them meanwhile in a folder of its own under the
 * private uploads (never served, never in the media library), named by an unguessable id that
 * travels sealed with the form's feedback and in the form page the resident sends. The final send
 * hands them to the intake like files just posted, and they are removed once the request is
 * stored. A fill left unsent is purged after STAGED_FILES_LIFETIME_MS.
 */
export const STAGED_FILES_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MANIFEST = 'manifest.json';
/** The fill's answers when they were too long for the form page's address (keepValues). */
const VALUES = 'values.json';

interface StagedFile extends FileAnswer {
  /** The file's name in the fill's folder (not the resident's name for it). */
  stored: string;
}
interface Manifest {
  formCode: string;
  createdAt: number;
  files: Record<string, StagedFile[]>;
}

export const stagingRoot = (strapi: Core.Strapi) => path.join(privateUploadsDir(strapi), 'staging');
const folderOf = (strapi: Core.Strapi, id: string) => path.join(stagingRoot(strapi), id);

async function readManifest(strapi: Core.Strapi, id: string | undefined, formCode: string, now: number): Promise<Manifest | undefined> {
  if (!id || !STAGED_ID_PATTERN.test(id)) return undefined;
  try {
    const manifest = JSON.parse(await fs.promises.readFile(path.join(folderOf(strapi, id), MANIFEST), 'utf8')) as Manifest;
    // Another form's files are no answers to this one; an expired fill is as good as purged.
    return manifest.formCode === formCode && manifest.createdAt + STAGED_FILES_LIFETIME_MS > now ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The files kept for a fill, by question, as the intake takes them; none for an unknown, expired or other form's id. */
export async function stagedFiles(strapi: Core.Strapi, id: string | undefined, formCode: string, now = Date.now()): Promise<{ incoming: IncomingFile[]; answers: Record<string, FileAnswer[]> }> {
  const manifest = await readManifest(strapi, id, formCode, now);
  const incoming: IncomingFile[] = [];
  const answers: Record<string, FileAnswer[]> = {};
  for (const [field, files] of Object.entries(manifest?.files ?? {})) {
    answers[field] = files.map(({ name, type, size }) => ({ name, type, size }));
    for (const file of files) incoming.push({ field, filepath: path.join(folderOf(strapi, id!), file.stored), originalFilename: file.name, mimetype: file.type, size: file.size });
  }
  return { incoming, answers };
}

/**
 * Keeps the files just posted, replacing those kept earlier for the same questions; a question
 * posted without a file keeps what it had. Undefined when nothing is kept for the fill.
 */
export async function stageFiles(strapi: Core.Strapi, id: string | undefined, formCode: string, posted: PreparedFile[], now = Date.now()): Promise<StagedFiles | undefined> {
  const earlier = await readManifest(strapi, id, formCode, now);
  const manifest: Manifest = earlier ?? { formCode, createdAt: now, files: {} };
  const fillId = earlier ? id! : crypto.randomBytes(32).toString('base64url');
  const folder = folderOf(strapi, fillId);
  const byField = new Map<string, PreparedFile[]>();
  for (const file of posted) byField.set(file.field, [...(byField.get(file.field) ?? []), file]);
  if (byField.size > 0) {
    await fs.promises.mkdir(folder, { recursive: true, mode: 0o700 });
    for (const [field, files] of byField) {
      await Promise.all((manifest.files[field] ?? []).map((file) => fs.promises.rm(path.join(folder, file.stored), { force: true })));
      manifest.files[field] = [];
      for (const file of files) {
        const stored = crypto.randomBytes(12).toString('hex');
        await fs.promises.copyFile(file.filepath, path.join(folder, stored));
        manifest.files[field]!.push({ ...file.answer, stored });
      }
    }
    await fs.promises.writeFile(path.join(folder, MANIFEST), JSON.stringify(manifest), { mode: 0o600 });
  }
  if (Object.keys(manifest.files).length === 0) return undefined;
  return { id: fillId, files: Object.fromEntries(Object.entries(manifest.files).map(([field, files]) => [field, files.map(({ name, type, size }) => ({ name, type, size }))])) };
}

/**
 * Answers too long to travel sealed in the form page's address: kept in the fill's folder (created
 * if the fill has none yet, under the same lifetime and purge as its files) until the request is
 * sent, and read back by the publisher's server (controllers: keptValues). Encrypted at rest like
 * saved answers (form-save/lib/seal.ts), bound to the fill and its form, so a copy of the uploads
 * folder reads nothing and a values file moved to another fill does not open. Gives the fill's id.
 */
export async function keepValues(strapi: Core.Strapi, id: string | undefined, formCode: string, values: FormValuesParam, now = Date.now()): Promise<string> {
  const earlier = await readManifest(strapi, id, formCode, now);
  const fillId = earlier ? id! : crypto.randomBytes(32).toString('base64url');
  const folder = folderOf(strapi, fillId);
  await fs.promises.mkdir(folder, { recursive: true, mode: 0o700 });
  if (!earlier) await fs.promises.writeFile(path.join(folder, MANIFEST), JSON.stringify({ formCode, createdAt: now, files: {} } satisfies Manifest), { mode: 0o600 });
  // Written aside and renamed: a reader never sees half a file.
  const temporary = path.join(folder, `${VALUES}.${crypto.randomBytes(6).toString('hex')}`);
  await fs.promises.writeFile(temporary, sealAnswers({ values }, valuesBinding(fillId, formCode), formSaveSecret()), { mode: 0o600 });
  await fs.promises.rename(temporary, path.join(folder, VALUES));
  return fillId;
}

/** The answers kept for a fill of this form; none for an unknown, expired or other form's fill. */
export async function keptValues(strapi: Core.Strapi, id: string | undefined, formCode: string, now = Date.now()): Promise<FormValuesParam | undefined> {
  if (!(await readManifest(strapi, id, formCode, now))) return undefined;
  const sealed = await fs.promises.readFile(path.join(folderOf(strapi, id!), VALUES), 'utf8').catch(() => undefined);
  return openAnswers(sealed, valuesBinding(id!, formCode), formSaveSecret())?.values;
}

const valuesBinding = (id: string, formCode: string) => `staged values ${id} ${formCode}`;

/** Removes a fill's kept files (its request is stored). */
export async function discardStaged(strapi: Core.Strapi, id: string | undefined): Promise<void> {
  if (!id || !STAGED_ID_PATTERN.test(id)) return;
  await fs.promises.rm(folderOf(strapi, id), { recursive: true, force: true });
}

/** Removes what a fill of this form keeps (a reply is stored); another form's fill stays. */
export async function discardKept(strapi: Core.Strapi, id: string | undefined, formCode: string, now = Date.now()): Promise<void> {
  if (await readManifest(strapi, id, formCode, now)) await discardStaged(strapi, id);
}

/**
 * Removes the answers kept for a fill once its page carries them itself again (a later refusal whose
 * feedback fits in the address): the files kept for the fill stay, and a fill left with nothing goes.
 */
export async function discardKeptValues(strapi: Core.Strapi, id: string | undefined, formCode: string, now = Date.now()): Promise<void> {
  const manifest = await readManifest(strapi, id, formCode, now);
  if (!manifest || !id) return;
  if (Object.values(manifest.files).every((files) => files.length === 0)) await discardStaged(strapi, id);
  else await fs.promises.rm(path.join(folderOf(strapi, id), VALUES), { force: true });
}

/** Removes the fills older than the lifetime: run on each page post, so nothing needs a schedule. */
export async function purgeExpiredStaged(strapi: Core.Strapi, now = Date.now()): Promise<void> {
  const root = stagingRoot(strapi);
  const entries = await fs.promises.readdir(root).catch(() => [] as string[]);
  await Promise.all(
    entries.map(async (entry) => {
      const stat = await fs.promises.stat(path.join(root, entry)).catch(() => undefined);
      if (stat && stat.mtimeMs + STAGED_FILES_LIFETIME_MS <= now) await fs.promises.rm(path.join(root, entry), { recursive: true, force: true });
    }),
  );
}
