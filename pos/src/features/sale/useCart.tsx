import { createContext, useContext, useState, type ReactNode } from 'react';
import type { SaleLine } from '../../data/db';

export interface Cart {
    lines: SaleLine[];
    cartDiscount: number;
    cartDiscountPercent: number;
    approvedByStaffId?: string;
    /** A product picked on the grid or by its EAN, waiting for the stamp of the unit in hand. */
    awaitingVariantId?: string;
}

const EMPTY: Cart = { lines: [], cartDiscount: 0, cartDiscountPercent: 0 };

interface CartContextValue {
    cart: Cart;
    update: (change: (cart: Cart) => Cart) => void;
    clear: () => void;
}

const CartContext = createContext<CartContextValue | null>(null);

/** The cart lives above the screens, so going to the tender screen and back keeps it. */
export function CartProvider({ children }: { children: ReactNode }) {
    const [cart, setCart] = useState<Cart>(EMPTY);
    return (
        <CartContext.Provider value={{ cart, update: setCart, clear: () => setCart(EMPTY) }}>
            {children}
        </CartContext.Provider>
    );
}

export function useCart(): CartContextValue {
    const value = useContext(CartContext);
    if (!value) throw new Error('useCart outside CartProvider');
    return value;
}
