/** One lock per purchase order: order, receive, cancel and edit never interleave. */
export const purchaseOrderLockKey = (id: string) => `purchasing:purchase-order:${id}`
