export const loggerCtx = 'SellerOrders';
