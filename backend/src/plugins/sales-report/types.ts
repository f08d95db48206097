export interface SalesReportPluginOptions {
    /** Root folder for kept report files (`<dataDir>/reports/…`). */
    dataDir: string;
}

/** One row of a report dimension: money in Vendure minor units (×100), VAT included in `revenue`. */
export interface SalesFigureRow {
    key: string;
    label: string;
    revenue: number;
    vat: number;
    units: number;
    orders: number;
}

export interface SalesReportFigures {
    from: string;
    to: string;
    revenue: number;
    vat: number;
    units: number;
    orders: number;
    byChannel: SalesFigureRow[];
    byArea: SalesFigureRow[];
    byProducer: SalesFigureRow[];
    byProductGroup: SalesFigureRow[];
    byStars: SalesFigureRow[];
    bySalesPoint: SalesFigureRow[];
}

export interface SalesReportInput {
    /** YYYY-MM-DD, Vietnam time, included. */
    from: string;
    /** YYYY-MM-DD, Vietnam time, included. */
    to: string;
}
