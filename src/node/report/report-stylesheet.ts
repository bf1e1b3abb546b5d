/**
 * The stylesheet of the review report, inlined in its `<head>` so the page makes no
 * request: system fonts, a readable measure, colours with enough contrast, source lines
 * that scroll rather than overflow, and marks that show without colour (an underline).
 */
export const reportStylesheet = `
:root { color-scheme: light; }
body {
  margin: 0;
  color: #1f2328;
  background: #fff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Noto Sans CJK SC", sans-serif;
  line-height: 1.5;
}
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.25rem; }
a { color: #0550ae; }
a:focus-visible { outline: 2px solid #0550ae; outline-offset: 2px; }
.generator, .summary, .rest, .rule-note { color: #57606a; }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.5rem; margin: 0; }
.totals div { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 0.75rem; }
.totals dt { font-size: 0.85rem; color: #57606a; }
.totals dd { margin: 0; font-size: 1.4rem; font-variant-numeric: tabular-nums; }
.chart { display: block; max-width: 100%; height: auto; font-size: 13px; fill: #1f2328; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { text-align: left; padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid #d0d7de; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
.contents { columns: 2 16rem; padding-left: 1.25rem; }
.pages { list-style: none; padding: 0; }
.pages > li { border-top: 1px solid #d0d7de; padding: 0.5rem 0; }
.page-name { font-weight: 600; overflow-wrap: anywhere; }
.diagnostics { list-style: none; padding: 0; margin: 0.25rem 0 0; }
.diagnostics > li { margin: 0.25rem 0 0.5rem; }
.severity { display: inline-block; min-width: 4.5rem; font-size: 0.85rem; font-weight: 600; }
.severity-error { color: #b3261e; }
.severity-warning { color: #8a5a00; }
.place { color: #57606a; font-size: 0.85rem; }
.source { margin: 0.25rem 0 0; padding: 0.4rem 0.6rem; background: #f6f8fa; border-radius: 6px; overflow-x: auto; white-space: pre; }
.source mark { background: #fff1b8; color: inherit; text-decoration: underline wavy #b3261e; text-underline-offset: 0.2em; }
`
