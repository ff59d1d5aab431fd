import { expect, test } from "@playwright/test"
import { EXPECTED_COUNTS, EXPECTED_SEGMENTS, emailOf } from "./expected"
import { adminHeaders } from "./session"

type Segment = { id: string; handle: string; member_count: number }

/**
 * The installed plugin's routes answer beside the host's own, on the server
 * built by `medusa build`, with the segments its backfill computed.
 */
test.describe("the admin API of the host with the plugin installed", () => {
  test("the server is healthy", async ({ request }) => {
    const response = await request.get("/health")

    expect(response.status()).toBe(200)
    expect(await response.text()).toBe("OK")
  })

  test("the plugin's routes need an admin", async ({ request }) => {
    const response = await request.get("/admin/segments")

    expect(response.status()).toBe(401)
  })

  test("the host's own routes answer beside the plugin's", async ({
    request,
  }) => {
    const headers = await adminHeaders(request)

    const products = await request.get("/admin/products", { headers })
    const customers = await request.get("/admin/customers?limit=1", {
      headers,
    })

    expect(products.status()).toBe(200)
    expect(await products.json()).toMatchObject({ products: [], count: 0 })
    expect(customers.status()).toBe(200)
    // Sixteen seeded, one of them deleted.
    expect(await customers.json()).toMatchObject({ count: 15 })
  })

  test("the ten segments hold the counts the store defines", async ({
    request,
  }) => {
    const response = await request.get("/admin/segments?limit=50", {
      headers: await adminHeaders(request),
    })

    expect(response.status()).toBe(200)
    const { segments, count } = (await response.json()) as {
      segments: Segment[]
      count: number
    }
    expect(count).toBe(10)
    const counts = Object.fromEntries(
      segments.map((segment) => [segment.handle, segment.member_count])
    )
    expect(counts).toEqual(EXPECTED_COUNTS)
  })

  test("each segment lists exactly its members", async ({ request }) => {
    const headers = await adminHeaders(request)
    const { segments } = (await (
      await request.get("/admin/segments?limit=50", { headers })
    ).json()) as { segments: Segment[] }

    for (const expected of EXPECTED_SEGMENTS) {
      const segment = segments.find((s) => s.handle === expected.handle)
      const response = await request.get(
        `/admin/segments/${segment?.id}/customers?limit=50`,
        { headers }
      )
      expect(response.status()).toBe(200)
      const { customers } = (await response.json()) as {
        customers: { email: string }[]
      }
      expect({
        handle: expected.handle,
        emails: customers.map((c) => c.email).sort(),
      }).toEqual({
        handle: expected.handle,
        emails: expected.members.map(emailOf).sort(),
      })
    }
  })
})
