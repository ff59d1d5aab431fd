import {
  cancelOrderWorkflow,
  createCustomersWorkflow,
  deleteCustomersWorkflow,
} from "@medusajs/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import type SegmentModuleService from "../../src/modules/segment/service"
import { recomputeSegments } from "../../src/workflows/recompute-active-segments"
import {
  registerCustomer,
  storeHeaders,
  type HttpClient,
  type RegisteredCustomer,
} from "../helpers/store-auth"
import {
  customerOfOrder,
  placeOrder,
  type PlacedOrder,
} from "../helpers/store-checkout"
import {
  afterSubscribers,
  countsOf,
  membershipsWith,
  readSegments,
  type Memberships,
} from "../helpers/store-segments"
import { setUpStore, type TestStore } from "../helpers/store-setup"

jest.setTimeout(120000)

/**
 * The live path, end to end: Medusa's own flows (store sign-up, cart
 * completion, cancel and delete workflows) emit their events, the plugin's
 * subscribers run on the app's local event bus, and the segments change
 * without anyone pressing "Update Segment". Every test computes the segments
 * first, so what changes afterwards can only come from the events.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: HttpClient = api
    let container: MedusaContainer
    let store: TestStore

    beforeAll(async () => {
      container = getContainer()
      store = await setUpStore(container)
    })

    /** Signs a shopper up in the storefront; waits for the subscribers. */
    function signUp(firstName: string): Promise<RegisteredCustomer> {
      return afterSubscribers(container, "customer.created", () =>
        registerCustomer(http, store.publishableKey, {
          email: `${firstName.toLowerCase()}@example.com`,
          password: "correct horse battery staple",
          first_name: firstName,
          last_name: "Shopper",
        })
      )
    }

    /** The signed-in customer buys one item; waits for the subscribers. */
    function checkOut(customer: RegisteredCustomer): Promise<PlacedOrder> {
      return afterSubscribers(container, "order.placed", () =>
        placeOrder(http, store, { token: customer.token })
      )
    }

    /** Two accounts, none with an order yet. */
    function twoLeads(first: string, second: string): Memberships {
      return membershipsWith({
        "non-purchasers-180d": [first, second],
        "non-purchasers-90d": [first, second],
        "new-customers-90d": [first, second],
        "new-customers-30d": [first, second],
        "all-leads": [first, second],
      })
    }

    /** One account that never ordered. */
    function oneLead(id: string): Memberships {
      return membershipsWith({
        "non-purchasers-180d": [id],
        "non-purchasers-90d": [id],
        "new-customers-90d": [id],
        "new-customers-30d": [id],
        "all-leads": [id],
      })
    }

    async function expectSegments(expected: Memberships): Promise<void> {
      const { members, counts } = await readSegments(container)
      expect(members).toEqual(expected)
      expect(counts).toEqual(countsOf(expected))
    }

    describe("customer events", () => {
      it("adds a shopper who signs up in the storefront to the new-customer, lead and non-purchaser segments", async () => {
        const bob = await signUp("Bob")
        await recomputeSegments(container)
        await expectSegments(oneLead(bob.id))

        const alice = await signUp("Alice")

        expect(alice.has_account).toBe(true)
        await expectSegments(twoLeads(alice.id, bob.id))
      })

      it("keeps a customer created without an account out of the new-customer segments", async () => {
        await recomputeSegments(container)

        const {
          result: [guest],
        } = await afterSubscribers(container, "customer.created", () =>
          createCustomersWorkflow(container).run({
            input: {
              customersData: [
                { email: "guest@example.com", has_account: false },
              ],
            },
          })
        )

        expect(guest.has_account).toBe(false)
        await expectSegments(
          membershipsWith({
            "non-purchasers-180d": [guest.id],
            "non-purchasers-90d": [guest.id],
            "all-leads": [guest.id],
          })
        )
      })

      it("removes a customer deleted through Medusa's workflow from every segment", async () => {
        const alice = await signUp("Alice")
        const bob = await signUp("Bob")
        await recomputeSegments(container)

        await afterSubscribers(container, "customer.deleted", () =>
          deleteCustomersWorkflow(container).run({ input: { ids: [alice.id] } })
        )

        await expectSegments(oneLead(bob.id))
      })
    })

    describe("cart events", () => {
      /** The customer Medusa holds for this e-mail, if any. */
      async function customerByEmail(email: string) {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [customer],
        } = await query.graph({
          entity: "customer",
          fields: ["id", "has_account"],
          filters: { email },
        })
        return customer as { id: string; has_account: boolean } | undefined
      }

      it("makes leads of guests whose carts were given an e-mail and left", async () => {
        const headers = storeHeaders(store.publishableKey)
        const cartBody = {
          region_id: store.regionId,
          sales_channel_id: store.salesChannelId,
        }
        await recomputeSegments(container)

        // One cart starts with an e-mail, the other gets it at checkout.
        await afterSubscribers(container, "cart.created", () =>
          http.post(
            "/store/carts",
            { ...cartBody, email: "early@example.com" },
            headers
          )
        )
        const {
          data: { cart },
        } = await afterSubscribers(container, "cart.created", () =>
          http.post<{ cart: { id: string } }>("/store/carts", cartBody, headers)
        )
        await afterSubscribers(container, "cart.updated", () =>
          http.post(
            `/store/carts/${cart.id}`,
            { email: "late@example.com" },
            headers
          )
        )

        const early = await customerByEmail("early@example.com")
        const late = await customerByEmail("late@example.com")
        expect(early).toMatchObject({ has_account: false })
        expect(late).toMatchObject({ has_account: false })
        const guests = [early!.id, late!.id].sort()
        await expectSegments(
          membershipsWith({
            "non-purchasers-180d": guests,
            "non-purchasers-90d": guests,
            "all-leads": guests,
          })
        )
      })
    })

    describe("order events", () => {
      /** Alice and Bob signed up, the segments were computed, Alice buys. */
      async function aliceBuysAfterSignUp() {
        const alice = await signUp("Alice")
        const bob = await signUp("Bob")
        await recomputeSegments(container)
        const before = await readSegments(container)
        const order = await checkOut(alice)
        return { alice, bob, order, before }
      }

      /** Alice with one order in the last 30 days, Bob still a lead. */
      function aliceBoughtBobDidNot(alice: string, bob: string): Memberships {
        return membershipsWith({
          "non-purchasers-180d": [bob],
          "non-purchasers-90d": [bob],
          "orders-180d": [alice],
          "orders-120d": [alice],
          "orders-90d": [alice],
          "orders-30d": [alice],
          "new-customers-90d": [alice, bob],
          "new-customers-30d": [alice, bob],
          "all-leads": [bob],
          "all-customers": [alice],
        })
      }

      it("moves a customer who checks out into the order segments and out of the lead segments", async () => {
        const { alice, bob, order, before } = await aliceBuysAfterSignUp()

        expect(before.members).toEqual(twoLeads(alice.id, bob.id))
        expect(await customerOfOrder(container, order.id)).toEqual({
          id: alice.id,
          has_account: true,
        })
        await expectSegments(aliceBoughtBobDidNot(alice.id, bob.id))
        const { counts } = await readSegments(container)
        expect(counts).toEqual({
          "non-purchasers-180d": before.counts["non-purchasers-180d"] - 1,
          "non-purchasers-90d": before.counts["non-purchasers-90d"] - 1,
          "orders-180d": before.counts["orders-180d"] + 1,
          "orders-120d": before.counts["orders-120d"] + 1,
          "orders-90d": before.counts["orders-90d"] + 1,
          "orders-30d": before.counts["orders-30d"] + 1,
          "new-customers-90d": before.counts["new-customers-90d"],
          "new-customers-30d": before.counts["new-customers-30d"],
          "all-leads": before.counts["all-leads"] - 1,
          "all-customers": before.counts["all-customers"] + 1,
        })
      })

      it("records the placed order in the facts with its customer, total and currency", async () => {
        const { alice, order } = await aliceBuysAfterSignUp()

        const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
        const facts = await segments.listOrderFacts({})

        // One tote at 25 and standard shipping at 5, no tax region: 30 USD.
        expect(facts).toEqual([
          expect.objectContaining({
            id: order.id,
            customer_id: alice.id,
            total: 30,
            currency_code: "usd",
            is_canceled: false,
            is_draft: false,
          }),
        ])
      })

      it("changes nothing when order.placed and customer.created arrive again", async () => {
        const { alice, bob, order } = await aliceBuysAfterSignUp()
        const once = await readSegments(container)
        const eventBus = container.resolve(Modules.EVENT_BUS)

        await afterSubscribers(container, "order.placed", () =>
          eventBus.emit({ name: "order.placed", data: { id: order.id } })
        )
        await afterSubscribers(container, "customer.created", () =>
          eventBus.emit({ name: "customer.created", data: { id: alice.id } })
        )

        expect(await readSegments(container)).toEqual(once)
        await expectSegments(aliceBoughtBobDidNot(alice.id, bob.id))
      })

      it("moves a customer whose only order is canceled back to the lead segments", async () => {
        const { alice, bob, order } = await aliceBuysAfterSignUp()

        await afterSubscribers(container, "order.canceled", () =>
          cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        )

        await expectSegments(twoLeads(alice.id, bob.id))
      })

      it("removes a deleted customer from every segment, order segments included", async () => {
        const { alice, bob } = await aliceBuysAfterSignUp()

        await afterSubscribers(container, "customer.deleted", () =>
          deleteCustomersWorkflow(container).run({ input: { ids: [alice.id] } })
        )

        await expectSegments(oneLead(bob.id))
      })

      it("puts a guest who checks out in the order segments but never in the new-customer segments", async () => {
        await recomputeSegments(container)

        const order = await afterSubscribers(container, "order.placed", () =>
          placeOrder(http, store, { guestEmail: "guest@example.com" })
        )

        const guest = await customerOfOrder(container, order.id)
        expect(guest.has_account).toBe(false)
        await expectSegments(
          membershipsWith({
            "orders-180d": [guest.id],
            "orders-120d": [guest.id],
            "orders-90d": [guest.id],
            "orders-30d": [guest.id],
            "all-customers": [guest.id],
          })
        )
      })
    })
  },
})
