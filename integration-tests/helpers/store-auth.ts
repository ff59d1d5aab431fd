/**
 * The storefront's side of customer accounts, through the real HTTP routes:
 * emailpass registration, the store's "create customer" call, and login.
 */

type RequestConfig = { headers?: Record<string, string> }

/** The part of the test runner's HTTP client (axios) these helpers use. */
export type HttpClient = {
  get<T>(url: string, config?: RequestConfig): Promise<{ data: T }>
  post<T>(
    url: string,
    body?: unknown,
    config?: RequestConfig
  ): Promise<{ data: T }>
}

/** Headers of a storefront request, signed in when a token is given. */
export function storeHeaders(
  publishableKey: string,
  token?: string
): RequestConfig {
  return {
    headers: {
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }
}

export type Shopper = {
  email: string
  password: string
  first_name: string
  last_name: string
}

export type RegisteredCustomer = {
  id: string
  email: string
  has_account: boolean
  /** A token of the signed-in customer, for their carts. */
  token: string
}

/** Logs a customer in with email and password; returns their token. */
export async function logIn(
  api: HttpClient,
  { email, password }: Pick<Shopper, "email" | "password">
): Promise<string> {
  const { data } = await api.post<{ token: string }>(
    "/auth/customer/emailpass",
    { email, password }
  )
  return data.token
}

/**
 * Signs a shopper up the way a storefront does: a registration token from
 * the emailpass provider, then `POST /store/customers` with it, then login.
 */
export async function registerCustomer(
  api: HttpClient,
  publishableKey: string,
  shopper: Shopper
): Promise<RegisteredCustomer> {
  const {
    data: { token: registrationToken },
  } = await api.post<{ token: string }>("/auth/customer/emailpass/register", {
    email: shopper.email,
    password: shopper.password,
  })

  const {
    data: { customer },
  } = await api.post<{
    customer: { id: string; email: string; has_account: boolean }
  }>(
    "/store/customers",
    {
      email: shopper.email,
      first_name: shopper.first_name,
      last_name: shopper.last_name,
    },
    storeHeaders(publishableKey, registrationToken)
  )

  return {
    id: customer.id,
    email: customer.email,
    has_account: customer.has_account,
    token: await logIn(api, shopper),
  }
}
