import { formatVnd } from '@ocop/shared';

/** An example sale (prices in the API's minor units) to show what the counter screen will do. */
const EXAMPLE_LINES = [
    { name: 'Kẹo cu đơ, hộp 500 g', quantity: 3, unitPriceMinor: 3_500_000 },
    { name: 'Mật ong Vũ Quang, chai 500 ml', quantity: 1, unitPriceMinor: 25_000_000 },
];

/** The POS placeholder until the sale screen is built. */
export function ComingSoonScreen() {
    const totalMinor = EXAMPLE_LINES.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
    return (
        <div className="screen">
            <header className="topbar">
                <h1>Điểm bán OCOP</h1>
                <span className="pill">Sắp ra mắt</span>
            </header>

            <main className="layout">
                <section className="intro">
                    <p>
                        Ứng dụng bán hàng trên máy tính bảng cho các điểm giới thiệu và bán sản phẩm OCOP đang
                        được xây dựng: quét tem truy xuất, thanh toán tiền mặt hoặc chuyển khoản VietQR, chạy
                        được cả khi mất mạng.
                    </p>
                </section>

                <section className="receipt" aria-labelledby="receipt-heading">
                    <h2 id="receipt-heading">Hoá đơn ví dụ</h2>
                    <table>
                        <tbody>
                            {EXAMPLE_LINES.map(line => (
                                <tr key={line.name}>
                                    <td>
                                        {line.quantity} × {line.name}
                                    </td>
                                    <td className="amount">
                                        {formatVnd(line.quantity * line.unitPriceMinor)}
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">Tổng cộng</th>
                                <td className="amount total">{formatVnd(totalMinor)}</td>
                            </tr>
                        </tfoot>
                    </table>
                </section>
            </main>
        </div>
    );
}
