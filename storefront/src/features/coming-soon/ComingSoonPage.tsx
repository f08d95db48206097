import { formatVnd } from '@ocop/shared';

/** Example products (prices in the API's minor units) to show what the marketplace will list. */
const EXAMPLES = [
    { name: 'Kẹo cu đơ', place: 'Hà Tĩnh', unit: 'hộp 500 g', priceMinor: 3_500_000 },
    { name: 'Nước mắm Kỳ Ninh', place: 'Kỳ Anh', unit: 'chai 500 ml', priceMinor: 9_000_000 },
    { name: 'Nhung hươu Hương Sơn', place: 'Hương Sơn', unit: 'cặp tươi', priceMinor: 3_500_000_000 },
];

/** The storefront's placeholder until the catalogue is built. */
export function ComingSoonPage() {
    return (
        <div className="page">
            <header className="masthead">
                <span className="badge">OCOP 3★+</span>
                <h1>Chợ OCOP Hà Tĩnh</h1>
                <p className="lead">
                    Chợ trực tuyến dành cho các sản phẩm OCOP Hà Tĩnh đạt chuẩn từ 3 sao trở lên sắp ra mắt:
                    mua trực tiếp từ nhà sản xuất, có tem truy xuất nguồn gốc cho từng sản phẩm.
                </p>
            </header>

            <main>
                <section className="card" aria-labelledby="examples-heading">
                    <h2 id="examples-heading">Giá ví dụ</h2>
                    <ul className="price-list">
                        {EXAMPLES.map(product => (
                            <li key={product.name}>
                                <span>
                                    <strong>{product.name}</strong>
                                    <small>
                                        {product.place} · {product.unit}
                                    </small>
                                </span>
                                <span className="price">{formatVnd(product.priceMinor)}</span>
                            </li>
                        ))}
                    </ul>
                </section>
            </main>

            <footer className="footer">Sản phẩm OCOP (Mỗi xã một sản phẩm) của tỉnh Hà Tĩnh</footer>
        </div>
    );
}
