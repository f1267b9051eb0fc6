import { adminWording, typeNames, type AdminWording } from '../admin-wording';

/**
 * The field labels and descriptions of the edit view in the signed-in user's admin language. The
 * CMS stores the English ones (src/bootstrap/admin-views.ts); this swaps in the user's language.
 */
interface EditField {
  name: string;
  label: string;
  hint?: unknown;
}
interface EditLayout {
  layout: EditField[][][];
  components: Record<string, { layout: EditField[][] } & Record<string, unknown>>;
}
interface EditLayoutHookArgs {
  layout: EditLayout;
}

function adminLocale(): string {
  const locale = document.documentElement.getAttribute('lang') ?? window.localStorage.getItem('strapi-admin-language') ?? 'en';
  return locale in adminWording ? locale : 'en';
}

/** The content type being edited: the hook is not given it, the address holds it. */
function editedUid(): string | undefined {
  return /\/content-manager\/(?:collection-types|single-types)\/([^/]+)/.exec(window.location.pathname)?.[1];
}

function translated(fields: EditField[], words: AdminWording, uid: string | undefined): EditField[] {
  return fields.map((field) => {
    const found = (uid ? words[uid]?.[field.name] : undefined) ?? words['*']?.[field.name];
    return found ? { ...field, label: found.label, hint: found.description } : field;
  });
}

export function translateEditLayout<T extends EditLayoutHookArgs>(args: T): T {
  const words = adminWording[adminLocale() as keyof typeof adminWording];
  const uid = editedUid();
  const components = Object.fromEntries(
    Object.entries(args.layout.components).map(([componentUid, component]) => [componentUid, { ...component, layout: component.layout.map((row) => translated(row, words, componentUid)) }]),
  );
  return {
    ...args,
    layout: { ...args.layout, components, layout: args.layout.layout.map((panel) => panel.map((row) => translated(row, words, uid))) },
  };
}

/**
 * List column headers, top-level labels and the menu's content-type names, through the content
 * manager's own translation keys (a menu entry's key is the schema's displayName).
 */
export function listTranslations(): Record<string, Record<string, string>> {
  const byLocale: Record<string, Record<string, string>> = {};
  for (const [locale, words] of Object.entries(adminWording)) {
    const entries: Record<string, string> = { ...typeNames[locale as keyof typeof typeNames] };
    for (const [uid, fields] of Object.entries(words)) {
      if (!uid.includes('::')) continue;
      for (const [field, wording] of Object.entries({ ...words['*'], ...fields })) entries[`content-manager.content-types.${uid}.${field}`] = wording.label;
    }
    byLocale[locale] = entries;
  }
  return byLocale;
}
