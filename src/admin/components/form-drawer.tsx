import { Drawer } from "@medusajs/ui"
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
  footer: ReactNode
  children: ReactNode
}

/** A drawer holding one form: a title, its fields, and buttons at the foot. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  summary,
  onSubmit,
  onOpened,
  onClosed,
  footer,
  children,
}: Props) => {
  const id = useId()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
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
          <Drawer.Footer>{footer}</Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
