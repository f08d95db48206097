import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { PosPlugin } from '../pos/pos.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { ShiftResolver } from './api/shift.resolver';
import { PosCashMovement } from './entities/pos-cash-movement.entity';
import { PosShift } from './entities/pos-shift.entity';
import { ShiftService } from './services/shift.service';

/** Till shifts at a sales point: float, cash in and out, counted cash and the Z-report (ADR 0016). */
@VendurePlugin({
    imports: [PluginCommonModule, PosPlugin],
    entities: [PosShift, PosCashMovement],
    providers: [ShiftService],
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [ShiftResolver] },
    compatibility: '^3.7.0',
})
export class ShiftsPlugin {}
