// Writes the files the package ships beside its code, from the built modules:
// dist/json-schema/<entity>.schema.json, one per entity, so that tools not written in
// TypeScript can validate articles, and dist/styles.css, the default stylesheet.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultStylesheet } from '../dist/render/index.js'
import { jsonSchemaEntities, toJsonSchema } from '../dist/schema/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = join(root, 'dist', 'json-schema')
mkdirSync(folder, { recursive: true })
for (const entity of Object.keys(jsonSchemaEntities)) {
  const file = join(folder, `${entity}.schema.json`)
  writeFileSync(file, `${JSON.stringify(toJsonSchema(entity), null, 2)}\n`)
}
console.log(
  `wrote ${Object.keys(jsonSchemaEntities).length} JSON Schema files to dist/json-schema/`,
)

// The default stylesheet ships as a file too, for pages that link it.
writeFileSync(join(root, 'dist', 'styles.css'), defaultStylesheet)
console.log('wrote dist/styles.css')
