import * as z from 'zod'

/**
 * What the model does with object keys it does not know.
 *
 * - `'reject'`: each unknown key is an issue (`authors[0].nickname: unknown key`);
 * - `'keep'`: unknown keys are kept untouched, for tools that carry their own fields.
 */
export type UnknownKeys = 'reject' | 'keep'

/**
 * The zod object constructor for a policy on unknown keys.
 *
 * Both constructors take the same shape; the lenient one only differs in keeping extra
 * keys, so it is typed as the strict one and the lenient schemas are given their own
 * types where they are exported.
 *
 * @param unknownKeys - the policy.
 * @returns `z.strictObject` for `'reject'`, `z.looseObject` for `'keep'`.
 */
export function objectFor(unknownKeys: UnknownKeys): typeof z.strictObject {
  return unknownKeys === 'reject' ? z.strictObject : (z.looseObject as typeof z.strictObject)
}

/**
 * The type of a model value read with `unknownKeys: 'keep'`: every object may carry
 * extra keys of unknown type.
 */
export type WithUnknownKeys<T> = T extends readonly (infer U)[]
  ? WithUnknownKeys<U>[]
  : T extends object
    ? { [K in keyof T]: WithUnknownKeys<T[K]> } & { [key: string]: unknown }
    : T
