import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The populate tree of a service form's questions, derived from the schemas themselves: every
 * component the `fields` dynamic zone allows, each with the components, media and relations it
 * holds (a choice question's options). Adding a kind of question to the dynamic zone, or a nested
 * component to one, needs no change here or in the three readers of forms (the content API's
 * populate middleware, the intake's form loader, the Open311 catalogue).
 *
 * Read from the JSON files beside this code (src/ in tests, dist/src/ when running), as Strapi
 * reads them.
 */
const SRC_DIR = path.join(__dirname, '..');
const FORM_SCHEMA = path.join(SRC_DIR, 'api', 'service-form', 'content-types', 'service-form', 'schema.json');

const attributeSchema = z.object({ type: z.string(), component: z.string().optional(), components: z.array(z.string()).optional() });
const schemaFileSchema = z.object({ attributes: z.record(attributeSchema) });
type Attributes = z.infer<typeof schemaFileSchema>['attributes'];

const readAttributes = (file: string): Attributes => schemaFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).attributes;

/** A component's schema file: `form-field.single-choice` is components/form-field/single-choice.json. */
function componentAttributes(uid: string): Attributes {
  const [category, name] = uid.split('.');
  if (!category || !name) throw new Error(`Not a component uid: ${uid}`);
  return readAttributes(path.join(SRC_DIR, 'components', category, `${name}.json`));
}

type Populate = true | { populate: Record<string, Populate> };

/** `true` for a component of plain fields, else what to populate inside it, recursively. */
function populateOf(uid: string): Populate {
  const nested: Record<string, Populate> = {};
  for (const [name, attribute] of Object.entries(componentAttributes(uid))) {
    if (attribute.type === 'component' && attribute.component) nested[name] = populateOf(attribute.component);
    else if (attribute.type === 'media' || attribute.type === 'relation') nested[name] = true;
  }
  return Object.keys(nested).length === 0 ? true : { populate: nested };
}

/** The components a form's `fields` dynamic zone allows, in the schema's order. */
export const FIELD_COMPONENTS: readonly string[] = readAttributes(FORM_SCHEMA).fields?.components ?? [];

/** `populate.fields` for a service form: every question kind with what it holds. */
export const FORM_FIELDS_POPULATE: { on: Record<string, Populate> } = {
  on: Object.fromEntries(FIELD_COMPONENTS.map((uid) => [uid, populateOf(uid)])),
};

/**
 * The form's own components beside its questions (steps, exit pages), each with what it holds (a
 * condition): added to a form's schema, a component is read by every reader with no change there.
 */
export const FORM_COMPONENTS_POPULATE: Record<string, Populate> = Object.fromEntries(
  Object.entries(readAttributes(FORM_SCHEMA))
    .filter(([, attribute]) => attribute.type === 'component' && attribute.component !== undefined)
    .map(([name, attribute]) => [name, populateOf(attribute.component!)]),
);
