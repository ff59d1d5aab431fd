import { zodResolver } from "@hookform/resolvers/zod"
import { toast } from "@medusajs/ui"
import { useForm, type DefaultValues, type Path } from "react-hook-form"
import type { z } from "zod"
import { fieldNamed, messageOf } from "../lib/errors"
import { useSingleFlight } from "./single-flight"

type Options<Values extends Record<string, unknown>> = {
  schema: z.ZodType<Values, any>
  /** The stored values: the form starts from them, and only changes are sent. */
  current: Values
  fields: readonly (keyof Values & string)[]
  save: (changes: Partial<Values>) => Promise<unknown>
  /** After a save, or when nothing changed. */
  onDone: () => void
  /** What the toast says when the API refuses for no one field. */
  failure: string
}

/**
 * A form that sends only the fields that changed, checks them first against
 * the same limits as the API, and shows a refusal that names a field
 * (`Field 'name' ...`) at that field, any other in a toast.
 */
export function useChangesForm<Values extends Record<string, unknown>>({
  schema,
  current,
  fields,
  save,
  onDone,
  failure,
}: Options<Values>) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: current as DefaultValues<Values>,
  })

  const singleFlight = useSingleFlight()

  const submit = form.handleSubmit((values) =>
    singleFlight(async () => {
      const changes = Object.fromEntries(
        fields
          .filter((field) => values[field] !== current[field])
          .map((field) => [field, values[field]])
      ) as Partial<Values>
      if (!Object.keys(changes).length) {
        onDone()
        return
      }
      try {
        await save(changes)
        onDone()
      } catch (error) {
        const message = messageOf(error, `${failure}.`)
        const field = fieldNamed(message, fields)
        if (field) {
          form.setError(field as Path<Values>, { message })
        } else {
          toast.error(failure, { description: message })
        }
      }
    })
  )

  return { form, submit }
}
