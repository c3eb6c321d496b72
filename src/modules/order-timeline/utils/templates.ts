/**
 * Customer notification templates: the allowed variables per template, the
 * defaults, and a small `{{variable}}` renderer and validator. Pure, no DB.
 */

export const TEMPLATE_KEYS = [
  "order_confirmation",
  "order_shipped",
  "order_delivered",
  "order_canceled",
  "refund_issued",
  "payment_failed",
] as const

export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

const ORDER_VARIABLES = [
  "customer_name",
  "email",
  "order_id",
  "order_display_id",
  "order_total",
  "order_date",
  "store_name",
] as const

/** Variables each template may use, with what they hold (shown in the admin). */
export const TEMPLATE_VARIABLES: Record<TemplateKey, Record<string, string>> = {
  order_confirmation: {
    ...describe(ORDER_VARIABLES),
    items_summary: "One line per item: quantity × title",
  },
  order_shipped: {
    ...describe(ORDER_VARIABLES),
    tracking_numbers: "Tracking numbers of the shipment, comma separated",
    tracking_links: "Tracking links of the shipment, one per line",
  },
  order_delivered: describe(ORDER_VARIABLES),
  order_canceled: describe(ORDER_VARIABLES),
  refund_issued: {
    ...describe(ORDER_VARIABLES),
    refund_amount: "The refunded amount, formatted with its currency",
  },
  payment_failed: {
    customer_name: variableHelp("customer_name"),
    email: variableHelp("email"),
    order_id: "The order's id (empty when the payment failed before an order existed)",
    order_display_id: "The order's number (empty before an order exists)",
    cart_id: "The cart the payment was for",
    amount: "The amount that failed, formatted with its currency",
    retry_url: "Link back to the storefront checkout for this cart",
    store_name: variableHelp("store_name"),
  },
}

function variableHelp(name: string) {
  return (
    {
      customer_name: "The customer's first name, or the e-mail when unknown",
      email: "The order's e-mail address",
      order_id: "The order's id",
      order_display_id: "The order's number shown to the customer",
      order_total: "The order total, formatted with its currency",
      order_date: "The date the order was placed (YYYY-MM-DD)",
      store_name: "The store's name",
    } as Record<string, string>
  )[name]
}

function describe(names: readonly string[]) {
  return Object.fromEntries(names.map((n) => [n, variableHelp(n)]))
}

export type TemplateText = { subject: string; body: string }

export const DEFAULT_TEMPLATES: Record<TemplateKey, TemplateText> = {
  order_confirmation: {
    subject: "Order #{{order_display_id}} confirmed",
    body:
      "Hi {{customer_name}},\n\nThank you for your order #{{order_display_id}} at {{store_name}}.\n\n" +
      "{{items_summary}}\n\nTotal: {{order_total}}\n\nWe will let you know when it ships.",
  },
  order_shipped: {
    subject: "Order #{{order_display_id}} has shipped",
    body:
      "Hi {{customer_name}},\n\nYour order #{{order_display_id}} is on its way.\n\n" +
      "Tracking: {{tracking_numbers}}\n{{tracking_links}}",
  },
  order_delivered: {
    subject: "Order #{{order_display_id}} was delivered",
    body: "Hi {{customer_name}},\n\nYour order #{{order_display_id}} has been delivered. Enjoy!",
  },
  order_canceled: {
    subject: "Order #{{order_display_id}} was canceled",
    body:
      "Hi {{customer_name}},\n\nYour order #{{order_display_id}} ({{order_total}}) has been canceled. " +
      "Any payment taken will be refunded.",
  },
  refund_issued: {
    subject: "Refund for order #{{order_display_id}}",
    body:
      "Hi {{customer_name}},\n\nWe have refunded {{refund_amount}} for your order #{{order_display_id}}. " +
      "It may take a few days to appear on your statement.",
  },
  payment_failed: {
    subject: "Your payment at {{store_name}} did not go through",
    body:
      "Hi {{customer_name}},\n\nYour payment of {{amount}} could not be completed. " +
      "You can try again here: {{retry_url}}",
  },
}

export type TemplateProblem = { field: "subject" | "body"; position: number; message: string }

const NAME = /^[a-z][a-z0-9_]*$/

type Token = { kind: "text"; text: string } | { kind: "var"; name: string; position: number }

/** Splits a template into text and `{{name}}` tokens; problems for anything malformed. */
export function parseTemplate(text: string): { tokens: Token[]; problems: { position: number; message: string }[] } {
  const tokens: Token[] = []
  const problems: { position: number; message: string }[] = []
  let i = 0
  while (i < text.length) {
    const open = text.indexOf("{{", i)
    const strayClose = text.indexOf("}}", i)
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      problems.push({ position: strayClose, message: `"}}" at ${strayClose} has no matching "{{"` })
      tokens.push({ kind: "text", text: text.slice(i, strayClose + 2) })
      i = strayClose + 2
      continue
    }
    if (open === -1) {
      tokens.push({ kind: "text", text: text.slice(i) })
      break
    }
    if (open > i) tokens.push({ kind: "text", text: text.slice(i, open) })
    const close = text.indexOf("}}", open + 2)
    const nextOpen = text.indexOf("{{", open + 2)
    if (close === -1) {
      problems.push({ position: open, message: `"{{" at ${open} is never closed with "}}"` })
      break
    }
    if (nextOpen !== -1 && nextOpen < close) {
      problems.push({ position: open, message: `"{{" at ${open} is not closed before the next "{{"` })
      tokens.push({ kind: "text", text: text.slice(open, nextOpen) })
      i = nextOpen
      continue
    }
    const name = text.slice(open + 2, close).trim()
    if (!NAME.test(name)) {
      problems.push({
        position: open,
        message: `"${text.slice(open, close + 2)}" at ${open} is not a variable name (lower-case letters, digits, _)`,
      })
    } else {
      tokens.push({ kind: "var", name, position: open })
    }
    i = close + 2
  }
  return { tokens, problems }
}

/** Every problem of a template's subject and body: malformed braces and variables it may not use. */
export function validateTemplate(key: TemplateKey, template: TemplateText): TemplateProblem[] {
  const allowed = TEMPLATE_VARIABLES[key]
  const problems: TemplateProblem[] = []
  for (const field of ["subject", "body"] as const) {
    const { tokens, problems: syntax } = parseTemplate(template[field])
    problems.push(...syntax.map((p) => ({ field, ...p })))
    for (const t of tokens) {
      if (t.kind === "var" && !Object.prototype.hasOwnProperty.call(allowed, t.name)) {
        problems.push({
          field,
          position: t.position,
          message: `unknown variable "${t.name}" (allowed: ${Object.keys(allowed).join(", ")})`,
        })
      }
    }
  }
  return problems.sort((a, b) => (a.field === b.field ? a.position - b.position : a.field === "subject" ? -1 : 1))
}

/** One problem as a line for an error message. */
export const describeProblem = (p: TemplateProblem) => `${p.field}: ${p.message}`

/**
 * Renders a valid template: each `{{name}}` becomes its value (empty when
 * absent). Values are inserted as they are, in one pass, so a value that
 * itself contains `{{...}}` is not expanded again.
 */
export function renderText(text: string, variables: Record<string, string | null | undefined>): string {
  const { tokens } = parseTemplate(text)
  return tokens.map((t) => (t.kind === "text" ? t.text : (variables[t.name] ?? ""))).join("")
}

export function renderTemplate(template: TemplateText, variables: Record<string, string | null | undefined>) {
  return { subject: renderText(template.subject, variables).trim(), body: renderText(template.body, variables) }
}
