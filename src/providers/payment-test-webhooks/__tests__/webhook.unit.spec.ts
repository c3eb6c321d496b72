import crypto from "crypto"
import { PaymentActions } from "@medusajs/framework/utils"
import { actionOf, parseBody, signBody, verifySignature } from "../utils/webhook"

describe("test-webhooks signature", () => {
  const body = JSON.stringify({ session_id: "payses_1", action: "failed", amount: "10" })

  it("is the hex HMAC-SHA256 of the raw body", () => {
    const expected = crypto.createHmac("sha256", "s3cret").update(body).digest("hex")
    expect(signBody(body, "s3cret")).toEqual(expected)
    expect(verifySignature(Buffer.from(body), expected, "s3cret")).toBe(true)
  })

  it("rejects another secret, a changed body, a missing or malformed signature", () => {
    const sig = signBody(body, "s3cret")
    expect(verifySignature(body, sig, "other")).toBe(false)
    expect(verifySignature(body.replace("10", "11"), sig, "s3cret")).toBe(false)
    expect(verifySignature(body, undefined, "s3cret")).toBe(false)
    expect(verifySignature(body, "zz", "s3cret")).toBe(false)
    expect(verifySignature(undefined, sig, "s3cret")).toBe(false)
  })
})

describe("test-webhooks body", () => {
  it("maps actions, unknown ones to NOT_SUPPORTED", () => {
    expect(actionOf("failed")).toEqual(PaymentActions.FAILED)
    expect(actionOf("canceled")).toEqual(PaymentActions.CANCELED)
    expect(actionOf("requires_more")).toEqual(PaymentActions.REQUIRES_MORE)
    expect(actionOf("captured")).toEqual(PaymentActions.SUCCESSFUL)
    expect(actionOf("bogus")).toEqual(PaymentActions.NOT_SUPPORTED)
    expect(actionOf(undefined)).toEqual(PaymentActions.NOT_SUPPORTED)
  })

  it("needs a session id and an action; amounts are decimal", () => {
    expect(parseBody({ session_id: "s", action: "failed", amount: "12.50" })).toEqual({
      session_id: "s",
      action: "failed",
      amount: "12.50",
      error_message: undefined,
    })
    expect(parseBody({ action: "failed" })).toBeNull()
    expect(parseBody({ session_id: "s" })).toBeNull()
    expect(parseBody({ session_id: "s", action: "failed", amount: "-1" })).toBeNull()
    expect(parseBody("nope")).toBeNull()
  })
})
