export { type JsonRenderOptions, renderJson } from './json/index.js'
export { renderMarkdown } from './markdown/index.js'
