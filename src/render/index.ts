export { type JsonRenderOptions, renderJson } from './json/index.js'
