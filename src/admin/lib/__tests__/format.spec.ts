import { localeOf } from "../format"

describe("the admin's locale", () => {
  it.each([
    ["en", ["de-DE", "en-US"], "en-US"],
    ["en", ["de-DE"], "de-DE"],
    ["en", ["en-GB"], "en-GB"],
    ["de", ["en-US"], "de"],
    ["de", ["de-AT", "en"], "de-AT"],
    [undefined, ["fr-FR"], "fr-FR"],
    ["en", [], "en"],
  ])("dashboard %s, browser %j: %s", (dashboard, browser, locale) => {
    expect(localeOf(dashboard, browser)).toBe(locale)
  })
})
