import { useTranslation } from "react-i18next"

// NOTE: the plugin's screens are written in English and are not translated
// into the dashboard's other languages; only numbers and dates follow the
// admin's locale.

/**
 * The admin's locale: the browser's, unless the admin chose a dashboard
 * language the browser doesn't speak (the dashboard starts in English).
 * So a German browser reads "4.339" in an English dashboard, a British one
 * 03/12/2026, and a dashboard switched to French formats the French way.
 */
export function localeOf(
  dashboardLanguage: string | undefined,
  browser: readonly string[]
): string | undefined {
  const base = (tag: string) => tag.split("-")[0].toLowerCase()
  if (!dashboardLanguage) {
    return browser[0]
  }
  const spoken = browser.find((tag) => base(tag) === base(dashboardLanguage))
  if (spoken) {
    return spoken
  }
  return base(dashboardLanguage) === "en"
    ? (browser[0] ?? dashboardLanguage)
    : dashboardLanguage
}

/** Numbers, dates and durations formatted for the admin's locale. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = localeOf(
    i18n?.language,
    typeof navigator === "undefined" ? [] : navigator.languages
  )

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
