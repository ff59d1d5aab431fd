import { Trash } from "@medusajs/icons"
import {
  Button,
  Copy,
  Input,
  Label,
  Switch,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useId } from "react"
import { Controller } from "react-hook-form"
import { z } from "zod"
import { useDeleteSegmentFile, useUpdateSegmentFile } from "../hooks/segments"
import { useChangesForm } from "../hooks/changes-form"
import { messageOf } from "../lib/errors"
import { fileTypeName } from "../lib/file-types"
import { useFormat } from "../lib/format"
import type { SegmentFile } from "../lib/types"
import { FieldError } from "./field-error"
import { FormDrawer } from "./form-drawer"

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the file a name")
    .max(255, "A file name has at most 255 characters"),
  display_in_portal: z.boolean(),
})

type Values = z.infer<typeof schema>
const FIELDS = ["name", "display_in_portal"] as const

type Props = {
  segmentId: string
  file: SegmentFile
  onClose: () => void
}

/** One file: rename it, show it in the customer portal, copy its URL, delete it. */
export const SegmentFileDrawer = ({ segmentId, file, onClose }: Props) => {
  const id = useId()
  const format = useFormat()
  const prompt = usePrompt()
  const update = useUpdateSegmentFile(segmentId, file.id)
  const remove = useDeleteSegmentFile(segmentId, file.id)
  const { form, submit } = useChangesForm({
    schema,
    current: { name: file.name, display_in_portal: file.display_in_portal },
    fields: FIELDS,
    save: async (changes) => {
      const { file: saved } = await update.mutateAsync(changes)
      toast.success("File saved", {
        description: saved.display_in_portal
          ? `"${saved.name}" is shown in the customer portal.`
          : `"${saved.name}" is not shown in the customer portal.`,
      })
    },
    onDone: onClose,
    failure: "The file could not be saved",
  })
  const { errors } = form.formState

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: "Delete this file?",
      description: `"${file.name}" will be removed from the segment and from the store's file storage. Customers can no longer open it.`,
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync()
      toast.success(`Deleted "${file.name}"`)
      onClose()
    } catch (error) {
      toast.error("The file could not be deleted", {
        description: messageOf(error, "Try again in a moment."),
      })
    }
  }

  return (
    <FormDrawer
      open
      onOpenChange={(open) => !open && onClose()}
      title="File"
      summary={`Rename ${file.name}, show it in the customer portal, copy its URL or delete it.`}
      onSubmit={submit}
      onOpened={() => form.setFocus("name")}
      dirty={form.formState.isDirty}
      saving={update.isPending}
      footerStart={
        <Button
          size="small"
          variant="danger"
          type="button"
          onClick={confirmDelete}
          isLoading={remove.isPending}
        >
          <Trash />
          Delete
        </Button>
      }
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-name`} size="small" weight="plus">
          Name
        </Label>
        <Input
          id={`${id}-name`}
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          {...form.register("name")}
        />
        <FieldError id={`${id}-name-error`} message={errors.name?.message} />
      </div>
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`${id}-portal`} size="small" weight="plus">
            Display in customer portal
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Members of an active segment see the file in their account.
          </Text>
        </div>
        <Controller
          control={form.control}
          name="display_in_portal"
          render={({ field }) => (
            <Switch
              id={`${id}-portal`}
              ref={field.ref}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
      </div>
      <FieldError
        id={`${id}-portal-error`}
        message={errors.display_in_portal?.message}
      />
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${id}-url`} size="small" weight="plus">
          URL
        </Label>
        <div className="flex items-center gap-x-2">
          <div className="min-w-0 flex-1">
            <Input id={`${id}-url`} value={file.url} readOnly />
          </div>
          <Copy content={file.url} aria-label="Copy the URL" />
        </div>
        <a
          href={file.url}
          target="_blank"
          rel="noreferrer"
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover self-start"
        >
          Open the file
        </a>
      </div>
      <dl className="txt-compact-small text-ui-fg-subtle grid grid-cols-2 gap-y-2">
        <dt>Type</dt>
        <dd>{fileTypeName(file.mime_type)}</dd>
        <dt>Size</dt>
        <dd>{format.bytes(file.size)}</dd>
        <dt>Uploaded</dt>
        <dd>
          {format.dateTime(file.created_at)}
          {file.user ? ` by ${file.user.email}` : ""}
        </dd>
      </dl>
    </FormDrawer>
  )
}
