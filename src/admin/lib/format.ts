import { useTranslation } from "react-i18next"

/**
 * Numbers and dates in the language the admin chose for the dashboard
 * (falling back to the browser's), so "1,024" reads "1.024" in German.
 */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = i18n?.language || undefined

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

  return { locale, number, dateTime, date, duration }
}

export type Format = ReturnType<typeof useFormat>
