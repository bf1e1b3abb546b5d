/**
 * The default stylesheet for rendered articles (`@cccme/news-model/styles.css`):
 * readable measure and line height, system fonts with Chinese fallbacks, restrained
 * colours with enough contrast, tables and code that do not overflow, and a print style
 * without navigation. It styles only the classes under the default prefix.
 */
export const defaultStylesheet = `/* @cccme/news-model default styles */
.news-article {
  --news-article-text: #1f2328;
  --news-article-muted: #57606a;
  --news-article-line: #d0d7de;
  --news-article-link: #0550ae;
  max-width: 42rem;
  margin: 0 auto;
  padding: 1.5rem 1rem 3rem;
  color: var(--news-article-text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  font-size: 1.0625rem;
  line-height: 1.7;
  overflow-wrap: break-word;
}
.news-article:lang(zh) {
  line-height: 1.85;
  letter-spacing: 0.02em;
  text-align: justify;
}
.news-article a { color: var(--news-article-link); text-underline-offset: 0.15em; }
.news-article a:focus-visible { outline: 2px solid var(--news-article-link); outline-offset: 2px; }
.news-article__breadcrumb ol {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.5rem;
  margin: 0 0 1rem;
  padding: 0;
  list-style: none;
  color: var(--news-article-muted);
  font-size: 0.875rem;
}
.news-article__breadcrumb li + li::before { content: "›"; margin-inline-end: 0.5rem; }
.news-article__header { margin-bottom: 1.5rem; border-bottom: 1px solid var(--news-article-line); }
.news-article__headline { margin: 0 0 0.5rem; font-size: 1.875rem; line-height: 1.3; }
.news-article__subtitle { margin: 0 0 0.75rem; color: var(--news-article-muted); font-size: 1.125rem; }
.news-article__meta { margin: 0 0 1rem; color: var(--news-article-muted); font-size: 0.9375rem; }
.news-article__label { font-weight: 600; }
.news-article__job-title { font-style: italic; }
.news-article__body img { max-width: 100%; height: auto; }
.news-article__body table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
.news-article__body th, .news-article__body td { padding: 0.375rem 0.75rem; border: 1px solid var(--news-article-line); }
.news-article__align-left { text-align: left; }
.news-article__align-center { text-align: center; }
.news-article__align-right { text-align: right; }
.news-article__body pre { overflow-x: auto; padding: 0.75rem 1rem; background: #f6f8fa; border-radius: 6px; }
.news-article__body code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
.news-article__body blockquote { margin: 1rem 0; padding: 0 1rem; border-inline-start: 4px solid var(--news-article-line); color: var(--news-article-muted); }
.news-article__translations { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--news-article-line); font-size: 0.9375rem; }
.news-article__translations h2 { margin: 0 0 0.5rem; font-size: 1rem; }
.news-article__translations ul { margin: 0; padding-inline-start: 1.25rem; }
@media print {
  .news-article { max-width: none; padding: 0; color: #000; font-size: 11pt; }
  .news-article__breadcrumb, .news-article__translations { display: none; }
  .news-article a { color: inherit; }
  .news-article__body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
`
