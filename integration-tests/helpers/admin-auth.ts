import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"

export type AdminRequestConfig = { headers: Record<string, string> }

export type Admin = {
  user: { id: string; email: string }
  /** Request options that authenticate as this admin. */
  auth: AdminRequestConfig
}

/**
 * Request options carrying a bearer token with these claims, signed with the
 * app's JWT secret the way Medusa's auth routes sign them.
 */
export function bearer(
  container: MedusaContainer,
  claims: {
    actor_id: string
    actor_type: "user" | "customer"
    auth_identity_id: string
    app_metadata?: Record<string, unknown>
  }
): AdminRequestConfig {
  const { projectConfig } = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const token = generateJwtToken(
    { app_metadata: {}, user_metadata: {}, ...claims },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/**
 * Creates an admin the way Medusa's own integration tests do: a user, an
 * emailpass auth identity pointing at it, and a token for that identity, as
 * `POST /auth/user/emailpass` would issue.
 */
export async function createAdmin(
  container: MedusaContainer,
  email = "admin@example.com"
): Promise<Admin> {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)

  const user = await users.createUsers({
    email,
    first_name: "Ada",
    last_name: "Admin",
  })
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })

  return {
    user: { id: user.id, email: user.email },
    auth: bearer(container, {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: identity.id,
      app_metadata: { user_id: user.id },
    }),
  }
}
