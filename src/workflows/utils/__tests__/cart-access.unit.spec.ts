import { assertCartAccess } from "../cart-access"

describe("assertCartAccess", () => {
  const guestCart = { customer_id: null }
  const aliceCart = { customer_id: "cus_alice" }

  it.each([
    // cart, actor, mode, allowed
    [aliceCart, "cus_alice", "owner", true],
    [aliceCart, "cus_bob", "owner", false],
    [aliceCart, null, "owner", false],
    [guestCart, "cus_alice", "owner", false],
    [guestCart, null, "owner", false],
    [aliceCart, "cus_alice", "guest-or-owner", true],
    [aliceCart, "cus_bob", "guest-or-owner", false],
    [guestCart, null, "guest-or-owner", true],
    [guestCart, "cus_alice", "guest-or-owner", true],
    [aliceCart, null, "guest-or-owner", true],
    [undefined, "cus_alice", "owner", false],
    [undefined, null, "guest-or-owner", false],
  ] as const)("%j as %s (%s): allowed %s", (cart, actor, mode, allowed) => {
    const check = () => assertCartAccess(cart as any, actor, mode)
    if (allowed) expect(check).not.toThrow()
    else expect(check).toThrow("Cart not found")
  })
})
