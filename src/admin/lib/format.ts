import { useTranslation } from "react-i18next"

/**
 * The admin's locale: the browser's own when it speaks the language chosen
 * for the dashboard (so an admin in Britain reads 03/12/2026 where one in the
 * US reads 12/03/2026), else the dashboard's language, so the screens never
 * mix two languages.
 */
function localeOf(dashboardLanguage: string | undefined): string | undefined {
  const browser = typeof navigator === "undefined" ? [] : navigator.languages
  if (!dashboardLanguage) {
    return browser[0]
  }
  const language = dashboardLanguage.split("-")[0].toLowerCase()
  return (
    browser.find((tag) => tag.split("-")[0].toLowerCase() === language) ??
    dashboardLanguage
  )
}

/** Numbers, dates and durations formatted for the admin's locale. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(i18n?.language)

  const number = (value: number) => new Intl.NumberFormat(locale).format(value)

  const dateTime = (value: string | Date) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(value))

  const date = (value: string | Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(
      new Date(value)
    )

  const duration = (ms: number) =>
    ms < 1000
      ? `${number(Math.round(ms))} ms`
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000)} s`

  const bytes = (size: number) => {
    const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const
    let unit = 0
    let value = size
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000
      unit += 1
    }
    return new Intl.NumberFormat(locale, {
      style: "unit",
      unit: units[unit],
      unitDisplay: unit ? "short" : "long",
      maximumFractionDigits: unit ? 1 : 0,
    }).format(value)
  }

  return { locale, number, dateTime, date, duration, bytes }
}

export type Format = ReturnType<typeof useFormat>
