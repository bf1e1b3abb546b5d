export * from './parse/index.js'
export * from './render/index.js'
export * from './schema/index.js'
