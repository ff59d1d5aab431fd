/** What the admin API said when it refused a request, without its prefix. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message
    ? error.message.replace(/^Invalid request: /, "")
    : fallback
}

/**
 * The form field a refusal names: the API says `Field 'name' ...`, so a
 * form can show the message at that field rather than in a toast.
 */
export function fieldNamed<Field extends string>(
  message: string,
  fields: readonly Field[]
): Field | undefined {
  const named = /Field '([a-z_]+)'/.exec(message)?.[1]
  return fields.find((field) => field === named)
}
