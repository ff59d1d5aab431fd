import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type AdminUserRef = { id: string; email: string }

/**
 * The admin users behind some history entries or uploads, by id, read
 * through Medusa's Query. A user deleted since is simply missing.
 */
export async function usersById(
  scope: MedusaContainer,
  ids: (string | null)[]
): Promise<Map<string, AdminUserRef>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))]
  if (!unique.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "email"],
    filters: { id: unique },
  })
  return new Map(
    data.map((user: AdminUserRef) => [
      user.id,
      { id: user.id, email: user.email },
    ])
  )
}
