import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppUrl, isPresenterUrl } from '../../../src/main/shell/app-url'

const indexFile = '/opt/roundtable/out/renderer/index.html'
const built = { rendererIndexFile: indexFile }

describe('isAppUrl', () => {
  it('accepts the built index page, with or without a hash route', () => {
    const url = pathToFileURL(indexFile).href
    expect(isAppUrl(url, built)).toBe(true)
    expect(isAppUrl(`${url}#/areas`, built)).toBe(true)
  })

  it('refuses other files, other schemes and look-alikes', () => {
    expect(isAppUrl('file:///opt/roundtable/out/renderer/other.html', built)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false)
    expect(isAppUrl('file:///opt/roundtable/out/renderer/../renderer/index.html.evil', built)).toBe(false)
    expect(isAppUrl('file://evil.example/opt/roundtable/out/renderer/index.html', built)).toBe(false)
    expect(isAppUrl('https://example.org/opt/roundtable/out/renderer/index.html', built)).toBe(false)
    expect(isAppUrl('javascript:alert(1)', built)).toBe(false)
    expect(isAppUrl('not a url', built)).toBe(false)
  })

  it('during development accepts only the dev server origin', () => {
    const dev = { ...built, devServerUrl: 'http://localhost:5173/' }
    expect(isAppUrl('http://localhost:5173/#/areas', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppUrl(pathToFileURL(indexFile).href, dev)).toBe(false)
  })
})

describe('isPresenterUrl', () => {
  it('allows only the app page at a session’s or a town hall’s presenter route', () => {
    const url = pathToFileURL(indexFile).href
    expect(isPresenterUrl(`${url}#/present/5a6f4036-bb43-4f39-a3c2-52820483d2e0`, built)).toBe(true)
    expect(isPresenterUrl(`${url}#/present-town-hall/5a6f4036-bb43-4f39-a3c2-52820483d2e0`, built)).toBe(true)
    expect(isPresenterUrl(`${url}#/present-town-hall/5a6f4036-bb43-4f39-a3c2-52820483d2e0/x`, built)).toBe(false)
    expect(isPresenterUrl(`${url}#/present-somewhere/5a6f4036-bb43-4f39-a3c2-52820483d2e0`, built)).toBe(false)
    expect(isPresenterUrl(`${url}#/sessions`, built)).toBe(false)
    expect(isPresenterUrl('https://example.org/#/present/5a6f4036-bb43-4f39-a3c2-52820483d2e0', built)).toBe(false)
    expect(isPresenterUrl(`${url}#/present/../../etc`, built)).toBe(false)
  })
})
