import { Button, Drawer, usePrompt } from "@medusajs/ui"
import type { FormEventHandler, ReactNode } from "react"
import { useId } from "react"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  /** Read out by screen readers when the drawer opens. */
  summary: string
  onSubmit: FormEventHandler<HTMLFormElement>
  /** Puts the cursor in the first field once the drawer is open. */
  onOpened: () => void
  /** Where the keyboard focus goes back to when the drawer closes. */
  onClosed?: () => void
  /** Whether the form holds changes not saved yet: closing asks first. */
  dirty: boolean
  /** Whether the save is under way. */
  saving: boolean
  /** Beside Cancel and Save, at the start of the foot (e.g. Delete). */
  footerStart?: ReactNode
  children: ReactNode
}

/** A drawer holding one form: a title, its fields, Cancel and Save at the foot. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  summary,
  onSubmit,
  onOpened,
  onClosed,
  dirty,
  saving,
  footerStart,
  children,
}: Props) => {
  const id = useId()
  const prompt = usePrompt()

  // Escape, the close button, Cancel or a click outside: unsaved changes
  // are only thrown away when the admin says so, as in the dashboard's own.
  const changeOpen = async (next: boolean) => {
    if (!next && dirty) {
      // Let the Escape that asked to close finish first, or it would close
      // the question too.
      await new Promise((resolve) => setTimeout(resolve))
    }
    if (
      !next &&
      dirty &&
      !(await prompt({
        title: "Discard your changes?",
        description: "What you changed here has not been saved.",
        confirmText: "Discard",
        cancelText: "Keep editing",
        variant: "confirmation",
      }))
    ) {
      return
    }
    onOpenChange(next)
  }

  return (
    <Drawer open={open} onOpenChange={changeOpen}>
      <Drawer.Content
        aria-describedby={`${id}-summary`}
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          onOpened()
        }}
        onCloseAutoFocus={(event) => {
          if (onClosed) {
            event.preventDefault()
            onClosed()
          }
        }}
      >
        <form
          onSubmit={onSubmit}
          className="flex h-full flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description id={`${id}-summary`} className="sr-only">
              {summary}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <div className="flex w-full items-center justify-between gap-x-2">
              <div>{footerStart}</div>
              <div className="flex gap-x-2">
                <Drawer.Close asChild>
                  <Button size="small" variant="secondary" type="button">
                    Cancel
                  </Button>
                </Drawer.Close>
                <Button size="small" type="submit" isLoading={saving}>
                  Save
                </Button>
              </div>
            </div>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
