import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/open.js';
import { describeTables } from './columns.js';
import { bundleSchema } from './schema.js';

/** Where the written-out schema lives; bundle.schema.test.ts fails when it differs from the generated one. */
export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/bundle.schema.json');

export const schemaText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

// `npx tsx packages/server/src/bundle/writeSchema.ts`: regenerates docs/bundle.schema.json from a migrated database.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const database = await openDatabase({ inMemory: true });
  try {
    fs.writeFileSync(SCHEMA_FILE, schemaText(bundleSchema(await describeTables(database.db))));
    process.stderr.write(`已写入 ${SCHEMA_FILE}\n`);
  } finally {
    await database.close();
  }
}
