import { zodResolver } from "@hookform/resolvers/zod"
import {
  Button,
  Drawer,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useEffect, useId } from "react"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useUpdateSegment } from "../hooks/segments"
import { fieldNamed, messageOf } from "../lib/errors"
import type { Segment } from "../lib/types"
import { FieldError } from "./field-error"

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
}

/** Edits the three fields an admin can change; errors show at their field. */
export const SegmentEditDrawer = ({ segment, open, onOpenChange }: Props) => {
  const id = useId()
  const update = useUpdateSegment(segment.id)
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(segment),
  })
  const { errors } = form.formState

  // Each opening starts from the stored values.
  useEffect(() => {
    if (open) {
      form.reset(valuesOf(segment))
    }
  }, [open, segment])

  const submit = form.handleSubmit(async (values) => {
    const changes = Object.fromEntries(
      FIELDS.filter((field) => values[field] !== segment[field]).map(
        (field) => [field, values[field]]
      )
    )
    if (!Object.keys(changes).length) {
      onOpenChange(false)
      return
    }
    try {
      const { segment: saved } = await update.mutateAsync(changes)
      toast.success("Segment saved", {
        description: `"${saved.name}" was updated.`,
      })
      onOpenChange(false)
    } catch (error) {
      const message = messageOf(error, "The segment could not be saved.")
      const field = fieldNamed(message, FIELDS)
      if (field) {
        form.setError(field, { message })
      } else {
        toast.error("The segment could not be saved", { description: message })
      }
    }
  })

  const describedBy = (field: keyof Values) =>
    errors[field] ? `${id}-${field}-error` : undefined

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        aria-describedby={`${id}-summary`}
        // Typing starts in the first field.
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          form.setFocus("name")
        }}
      >
        <form
          onSubmit={submit}
          className="flex h-full flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>Edit segment</Drawer.Title>
            <Drawer.Description id={`${id}-summary`} className="sr-only">
              Change the name, status and description of {segment.name}.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
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
              <FieldError
                id={`${id}-name-error`}
                message={errors.name?.message}
              />
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
                An inactive segment keeps its members but is no longer kept
                current.
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
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={update.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
