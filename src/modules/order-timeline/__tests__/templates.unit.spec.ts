import {
  DEFAULT_TEMPLATES,
  parseTemplate,
  renderTemplate,
  renderText,
  TEMPLATE_KEYS,
  TEMPLATE_VARIABLES,
  validateTemplate,
} from "../utils/templates"

describe("validateTemplate", () => {
  it("accepts every default template (they only use their own variables)", () => {
    for (const key of TEMPLATE_KEYS) expect(validateTemplate(key, DEFAULT_TEMPLATES[key])).toEqual([])
  })

  it("accepts spaces inside the braces", () => {
    expect(
      validateTemplate("order_shipped", { subject: "{{ order_display_id }}", body: "{{tracking_links }}" })
    ).toEqual([])
  })

  it("names an unknown variable with its field, position and the allowed list", () => {
    const problems = validateTemplate("order_delivered", {
      subject: "Hi {{customer_name}}",
      body: "x {{tracking_numbers}}",
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ field: "body", position: 2 })
    expect(problems[0].message).toContain('unknown variable "tracking_numbers"')
    expect(problems[0].message).toContain("customer_name")
  })

  it("refuses a variable of another template (refund_amount only in refund_issued)", () => {
    expect(validateTemplate("refund_issued", { subject: "{{refund_amount}}", body: "b" })).toEqual([])
    expect(validateTemplate("order_confirmation", { subject: "{{refund_amount}}", body: "b" })).toHaveLength(1)
  })

  it("reports every malformed brace, in order of field and position", () => {
    const problems = validateTemplate("order_canceled", {
      subject: "Order {{order_display_id",
      body: "a }} b {{ }} c {{Order_Id}} d {{email {{order_id}}",
    })
    expect(problems.map((p) => [p.field, p.position])).toEqual([
      ["subject", 6],
      ["body", 2],
      ["body", 7],
      ["body", 15],
      ["body", 30],
    ])
    expect(problems[0].message).toContain("never closed")
    expect(problems[1].message).toContain("no matching")
    expect(problems[2].message).toContain("not a variable name")
    expect(problems[4].message).toContain("not closed before the next")
  })

  it("lists exactly the documented variables for each template", () => {
    expect(Object.keys(TEMPLATE_VARIABLES.order_shipped)).toEqual(
      expect.arrayContaining(["tracking_numbers", "tracking_links", "order_display_id"])
    )
    expect(Object.keys(TEMPLATE_VARIABLES.payment_failed)).toEqual(
      expect.arrayContaining(["retry_url", "amount", "cart_id"])
    )
    expect(Object.keys(TEMPLATE_VARIABLES.order_delivered)).not.toContain("retry_url")
    for (const key of TEMPLATE_KEYS) {
      for (const [name, help] of Object.entries(TEMPLATE_VARIABLES[key])) {
        expect([name, typeof help, help.length > 0]).toEqual([name, "string", true])
      }
    }
  })
})

describe("renderText", () => {
  it("replaces each variable, missing ones with nothing", () => {
    expect(renderText("Hi {{ name }}, order {{id}}{{missing}}.", { name: "Ann", id: "42" })).toEqual(
      "Hi Ann, order 42."
    )
  })

  it("does not expand braces that come from a value", () => {
    expect(renderText("{{a}} {{b}}", { a: "{{b}}", b: "x" })).toEqual("{{b}} x")
  })

  it("keeps text around and between variables exactly", () => {
    const text = "line1\n  {{a}}\t{{a}}\nend"
    expect(renderText(text, { a: "Z" })).toEqual("line1\n  Z\tZ\nend")
  })
})

describe("renderTemplate", () => {
  it("renders subject (trimmed) and body of a default template", () => {
    const out = renderTemplate(DEFAULT_TEMPLATES.payment_failed, {
      customer_name: "Ann",
      amount: "€10.00",
      retry_url: "https://shop.example/checkout?cart_id=cart_1",
      store_name: "Shop",
    })
    expect(out.subject).toEqual("Your payment at Shop did not go through")
    expect(out.body).toContain("Hi Ann,")
    expect(out.body).toContain("€10.00")
    expect(out.body).toContain("https://shop.example/checkout?cart_id=cart_1")
    expect(out.body).not.toContain("{{")
  })
})

describe("parseTemplate", () => {
  it("splits text and variables", () => {
    const { tokens, problems } = parseTemplate("a{{b}}c")
    expect(problems).toEqual([])
    expect(tokens).toEqual([
      { kind: "text", text: "a" },
      { kind: "var", name: "b", position: 1 },
      { kind: "text", text: "c" },
    ])
  })
})
