// The example archive (../articles) as a static site; the content collection is defined
// in src/content.config.ts.
import { defineConfig } from 'astro/config'

export default defineConfig({
  vite: {
    ssr: {
      // The library is linked here (file:../..), so vite would bundle it as source and
      // leave its `zod` import to be found from dist/, where Astro's zod 3 is. Installed
      // from npm it is external anyway, and Node finds its own zod 4.
      external: ['@cccme/news-model'],
    },
  },
})
