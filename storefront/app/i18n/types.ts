/** The English resources must have exactly the Vietnamese keys (checked by the compiler). */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
