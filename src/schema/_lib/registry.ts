import * as z from 'zod'

/** What the package records about each named schema: its JSON Schema id and a sentence. */
export interface ModelMeta {
  id: string
  description: string
}

/**
 * The package's own registry of named schemas.
 *
 * It is private, rather than zod's global registry, so that a user who names a schema
 * `Person` in their own registry never clashes with ours. The JSON Schema generator reads
 * ids and descriptions from it.
 */
export const modelRegistry = /*#__PURE__*/ z.registry<ModelMeta>()
