/**
 * Demo showrooms and one current trade fair with two booths (ADR 0013), created
 * through the same services the office uses. Addresses use the communes and
 * wards after the 2025 reform; street numbers and phone numbers are fictitious.
 * The fair runs from two days before "today" to four days after, so a demo is
 * always during a fair; a later start that finds it over moves it again.
 */
import { Injector, RequestContext, TransactionalConnection } from '@vendure/core';
import { vietnamDate } from '../vietnam-time';
import { addDays } from '../plugins/certification/calendar-dates';
import { SalesPoint } from '../plugins/sales-points/entities/sales-point.entity';
import { TradeFair } from '../plugins/sales-points/entities/trade-fair.entity';
import { OpeningHours } from '../plugins/sales-points/opening-hours';
import { SalesPointService } from '../plugins/sales-points/services/sales-point.service';
import { TradeFairService } from '../plugins/sales-points/services/trade-fair.service';
import { CreateSalesPointInput, SalesPointKind } from '../plugins/sales-points/types';

const WORKING_DAYS_WITH_LUNCH: OpeningHours[] = [
    { days: 'MON-SAT', opens: '07:30', closes: '11:30' },
    { days: 'MON-SAT', opens: '13:30', closes: '17:30' },
    { days: 'SUN', opens: '08:00', closes: '11:30' },
];

export const DEMO_FAIR_CODE = 'HC-OCOP-HA-TINH';

type DemoPoint = Omit<CreateSalesPointInput, 'kind' | 'fairId'>;

export const demoShowrooms: DemoPoint[] = [
    {
        code: 'SR-TP-HA-TINH',
        name: 'Điểm giới thiệu và bán sản phẩm OCOP tỉnh Hà Tĩnh',
        streetLine: '72 Phan Đình Phùng',
        commune: 'Phường Thành Sen',
        province: 'Hà Tĩnh',
        area: 'Thành phố Hà Tĩnh',
        openingHours: [{ days: 'MON-SUN', opens: '07:30', closes: '21:30' }],
        openingNote: 'Mở cả ngày lễ, trừ mùng 1 Tết',
        phone: '0239 3855 688',
        latitude: 18.3429,
        longitude: 105.9045,
    },
    {
        code: 'SR-HUONG-SON',
        name: 'Showroom OCOP Hương Sơn',
        streetLine: '215 Quốc lộ 8A, khối 5',
        commune: 'Xã Hương Sơn',
        province: 'Hà Tĩnh',
        area: 'Hương Sơn',
        openingHours: WORKING_DAYS_WITH_LUNCH,
        openingNote: 'Nhung hươu tươi có vào sáng sớm, nên gọi trước',
        phone: '0912 556 208',
        latitude: 18.5217,
        longitude: 105.4268,
    },
    {
        code: 'SR-HUONG-KHE',
        name: 'Showroom OCOP Hương Khê',
        streetLine: '48 Quốc lộ 15, tổ dân phố 6',
        commune: 'Xã Hương Khê',
        province: 'Hà Tĩnh',
        area: 'Hương Khê',
        openingHours: WORKING_DAYS_WITH_LUNCH,
        openingNote: 'Cam Khê mùa vụ từ tháng 10 đến tháng 2',
        phone: '0948 302 117',
        latitude: 18.1755,
        longitude: 105.7103,
    },
    {
        code: 'SR-THACH-HA',
        name: 'Showroom OCOP Thạch Hà',
        streetLine: '9 Quốc lộ 1, tổ dân phố Hòa Bình',
        commune: 'Xã Thạch Hà',
        province: 'Hà Tĩnh',
        area: 'Thạch Hà',
        openingHours: WORKING_DAYS_WITH_LUNCH,
        phone: '0986 441 902',
    },
    {
        code: 'SR-NGHI-XUAN',
        name: 'Showroom OCOP Nghi Xuân – Tiên Điền',
        streetLine: '16 đường Nguyễn Du',
        commune: 'Xã Tiên Điền',
        province: 'Hà Tĩnh',
        area: 'Nghi Xuân',
        openingHours: [{ days: 'MON-SUN', opens: '07:00', closes: '18:00' }],
        openingNote: 'Cạnh Khu lưu niệm Nguyễn Du',
        phone: '0971 208 356',
        latitude: 18.6671,
        longitude: 105.7683,
    },
];

const FAIR_HOURS: OpeningHours[] = [{ days: 'MON-SUN', opens: '08:00', closes: '22:00' }];

export const demoBooths: DemoPoint[] = [
    {
        code: 'GH-HC-HUONG-SON',
        name: 'Gian hàng Hương Sơn – Vũ Quang',
        streetLine: 'Gian số 12–13, Quảng trường Thành Sen',
        commune: 'Phường Thành Sen',
        province: 'Hà Tĩnh',
        area: 'Hương Sơn',
        openingHours: FAIR_HOURS,
        phone: '0912 556 209',
        latitude: 18.3406,
        longitude: 105.9061,
    },
    {
        code: 'GH-HC-CAN-LOC',
        name: 'Gian hàng Can Lộc – Lộc Hà',
        streetLine: 'Gian số 27, Quảng trường Thành Sen',
        commune: 'Phường Thành Sen',
        province: 'Hà Tĩnh',
        area: 'Can Lộc',
        openingHours: FAIR_HOURS,
        openingNote: 'Nếm thử cam Thượng Lộc và chè kho',
        phone: '0963 718 245',
        latitude: 18.3403,
        longitude: 105.9068,
    },
];

/** The demo fair's dates and name for a given day: it always spans that day. */
export function demoFairFor(today: string) {
    const startsOn = addDays(today, -2);
    return {
        code: DEMO_FAIR_CODE,
        name: `Hội chợ OCOP Hà Tĩnh ${startsOn.slice(0, 4)}`,
        venue: 'Quảng trường Thành Sen, đường Trần Phú, phường Thành Sen',
        province: 'Hà Tĩnh',
        startsOn,
        endsOn: addDays(today, 4),
        organiser: 'Sở Công Thương tỉnh Hà Tĩnh',
    };
}

/** Creates what is missing (and moves a finished demo fair to now); returns how many sales points it created. */
export async function ensureDemoSalesPoints(
    ctx: RequestContext,
    injector: Pick<Injector, 'get'>,
    today = vietnamDate(),
): Promise<number> {
    const connection = injector.get(TransactionalConnection);
    const salesPoints = injector.get(SalesPointService);
    const fairs = injector.get(TradeFairService);
    let fair = await connection.getRepository(ctx, TradeFair).findOne({ where: { code: DEMO_FAIR_CODE } });
    if (!fair) {
        fair = await fairs.create(ctx, demoFairFor(today));
    } else if (fair.endsOn < today) {
        const { name, startsOn, endsOn } = demoFairFor(today);
        fair = await fairs.update(ctx, { id: fair.id, name, startsOn, endsOn });
    }
    const wanted = [
        ...demoShowrooms.map(p => ({ ...p, kind: SalesPointKind.SHOWROOM })),
        ...demoBooths.map(p => ({ ...p, kind: SalesPointKind.FAIR_BOOTH, fairId: fair.id })),
    ];
    let created = 0;
    for (const point of wanted) {
        const exists = await connection
            .getRepository(ctx, SalesPoint)
            .findOne({ where: { code: point.code } });
        if (exists) continue;
        await salesPoints.create(ctx, point);
        created++;
    }
    return created;
}
