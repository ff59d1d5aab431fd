import { Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useId } from "react"
import { Controller } from "react-hook-form"
import { z } from "zod"
import { useChangesForm } from "../hooks/changes-form"
import { useUpdateSegment } from "../hooks/segments"
import type { Segment } from "../lib/types"
import { FieldError } from "./field-error"
import { FormDrawer } from "./form-drawer"

/** The same limits the admin API enforces, checked before the request. */
const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the segment a name")
    .max(120, "A name has at most 120 characters"),
  status: z.enum(["active", "inactive"]),
  description: z
    .string()
    .trim()
    .max(1000, "A description has at most 1,000 characters"),
})

type Values = z.infer<typeof schema>
const FIELDS = ["name", "status", "description"] as const

const valuesOf = (segment: Segment): Values => ({
  name: segment.name,
  status: segment.status,
  description: segment.description,
})

type Props = {
  segment: Segment
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where the keyboard focus goes back to when the drawer closes. */
  onClosed?: () => void
}

/** Edits the three fields an admin can change; errors show at their field. */
export const SegmentEditDrawer = ({
  segment,
  open,
  onOpenChange,
  onClosed,
}: Props) => {
  const id = useId()
  const update = useUpdateSegment(segment.id)
  const { form, submit } = useChangesForm({
    schema,
    current: valuesOf(segment),
    fields: FIELDS,
    save: async (changes) => {
      const { segment: saved } = await update.mutateAsync(changes)
      toast.success("Segment saved", {
        description: `"${saved.name}" was updated.`,
      })
    },
    onDone: () => onOpenChange(false),
    failure: "The segment could not be saved",
  })
  const { errors } = form.formState

  // Each opening starts from the stored values.
  useEffect(() => {
    if (open) {
      form.reset(valuesOf(segment))
    }
  }, [open, segment])

  const describedBy = (field: keyof Values) =>
    errors[field] ? `${id}-${field}-error` : undefined

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit segment"
      summary={`Change the name, status and description of ${segment.name}.`}
      onSubmit={submit}
      onOpened={() => form.setFocus("name")}
      dirty={form.formState.isDirty}
      onClosed={onClosed}
      saving={update.isPending}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-name`} size="small" weight="plus">
          Name
        </Label>
        <Input
          id={`${id}-name`}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy("name")}
          {...form.register("name")}
        />
        <FieldError id={`${id}-name-error`} message={errors.name?.message} />
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-status`} size="small" weight="plus">
          Status
        </Label>
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <Select.Trigger
                id={`${id}-status`}
                ref={field.ref}
                aria-invalid={!!errors.status}
                aria-describedby={describedBy("status")}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="active">Active</Select.Item>
                <Select.Item value="inactive">Inactive</Select.Item>
              </Select.Content>
            </Select>
          )}
        />
        <Text size="small" className="text-ui-fg-subtle">
          An inactive segment keeps its members but is no longer kept current.
        </Text>
        <FieldError
          id={`${id}-status-error`}
          message={errors.status?.message}
        />
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-description`} size="small" weight="plus">
          Description
        </Label>
        <Textarea
          id={`${id}-description`}
          rows={5}
          aria-invalid={!!errors.description}
          aria-describedby={describedBy("description")}
          {...form.register("description")}
        />
        <FieldError
          id={`${id}-description-error`}
          message={errors.description?.message}
        />
      </div>
    </FormDrawer>
  )
}
