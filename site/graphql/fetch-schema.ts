// `tsx site/graphql/fetch-schema.ts`: writes the running CMS's schema to the snapshot that codegen
// and the site's types are generated from. CMS_URL picks the CMS (default http://127.0.0.1:1337).
import fs from 'node:fs';
import { fetchSchemaSdl, SCHEMA_SNAPSHOT_PATH } from './schema-source';

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const sdl = await fetchSchemaSdl(cmsUrl);
const before = fs.existsSync(SCHEMA_SNAPSHOT_PATH) ? fs.readFileSync(SCHEMA_SNAPSHOT_PATH, 'utf8') : '';
fs.writeFileSync(SCHEMA_SNAPSHOT_PATH, sdl);
console.log(`${SCHEMA_SNAPSHOT_PATH}: ${before === sdl ? 'unchanged' : 'updated'} from ${cmsUrl}/graphql`);
