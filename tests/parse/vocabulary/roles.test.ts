import { describe, expect, it } from 'vitest'
import { defaultLabels } from '../../../src/parse/vocabulary/labels.js'
import { roleVocabulary } from '../../../src/parse/vocabulary/roles.js'
import { pageWith, reported } from './page.js'

describe('roleVocabulary', () => {
  it.each(roleVocabulary.newsroomJobs)('takes "Example Daily staff %s" as a role line', (job) => {
    const result = pageWith({ meta: `By Jane Doe\nExample Daily staff ${job}` })
    expect(result.article.headline).toBe('Chamber Opens a New Office in Tianjin')
    expect(reported(result, 'unlabelled-text')).toContain(`Example Daily staff ${job}`)
  })

  it.each([...roleVocabulary.newsroomJobs, ...roleVocabulary.jobs])(
    'reads "Jane Doe, Senior %s" as a name and a job title',
    (job) => {
      const { article } = pageWith({ meta: `By Jane Doe, Senior ${job}` })
      expect(article.authors).toEqual([
        { type: 'Person', name: 'Jane Doe', jobTitle: `Senior ${job}` },
      ])
    },
  )

  it.each(roleVocabulary.chineseRoles)('reads the role %s before a Chinese name', (role) => {
    const { article } = pageWith({ meta: `作者：${role} 张三` })
    expect(article.authors).toEqual([{ type: 'Person', name: '张三', jobTitle: role }])
  })

  it.each(roleVocabulary.chineseQualifiers)('reads %s记者 before a name as one role', (word) => {
    const { article } = pageWith({ meta: `作者：${word}记者 张三` })
    expect(article.authors).toEqual([{ type: 'Person', name: '张三', jobTitle: `${word}记者` }])
  })

  it.each(roleVocabulary.chineseStationed)('reads %s京记者 before a name as one role', (word) => {
    const { article } = pageWith({ meta: `作者：${word}京记者 张三` })
    expect(article.authors).toEqual([{ type: 'Person', name: '张三', jobTitle: `${word}京记者` }])
  })

  it.each(roleVocabulary.notAuthors)('does not take "%s: Jane Doe" as an author', (credit) => {
    const result = pageWith({ meta: `${credit}: Jane Doe` })
    expect(result.article.authors).toEqual([])
    expect(defaultLabels.ignored).toContain(credit)
    expect(reported(result, 'ignored-label')).toEqual([`${credit}: Jane Doe`])
  })
})
