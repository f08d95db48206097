import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
    Administrator,
    ID,
    Logger,
    PasswordCipher,
    RequestContext,
    Role,
    SessionService,
    TransactionalConnection,
    User,
    UserService,
} from '@vendure/core';
import { RateLimitService } from '../../cluster/services/rate-limit.service';
import { RateLimiter } from '../../cluster/types';
import { SalesPoint } from '../../sales-points/entities/sales-point.entity';
import {
    ENROL_MAX_FAILURES,
    ENROL_WINDOW_SECONDS,
    loggerCtx,
    MANAGER_PASSWORD_MAX,
    MANAGER_PASSWORD_MIN,
    PIN_LOCK_MINUTES,
    PIN_MAX_FAILURES,
    POS_MANAGER_ROLE_CODE,
    POS_TABLET_AUTH,
    POS_TABLET_ROLE_CODE,
    TABLET_SEEN_EVERY_MS,
} from '../constants';
import { notYourSalesPoint, PosForbiddenError, posRefusal } from '../errors';
import { PosStaff, PosStaffRole } from '../entities/pos-staff.entity';
import { PosTablet } from '../entities/pos-tablet.entity';
import { TabletIdentity } from '../types';
import { hashPin, pinMatches } from './pin';

export interface CreatePosStaffInput {
    salesPointId: ID;
    name: string;
    role: PosStaffRole;
    pin: string;
    /** Managers: a login to enrol tablets with. */
    emailAddress?: string | null;
    password?: string | null;
}

/** A staff member as the back office lists them: no PIN hash, with what is known of their activity. */
export interface PosStaffListing {
    id: number;
    name: string;
    role: PosStaffRole;
    salesPointId: number;
    active: boolean;
    hasLogin: boolean;
    lockedUntil: Date | null;
    emailAddress: string | null;
    lastLoginAt: Date | null;
    lastSaleAt: Date | null;
}

/** A tablet as the back office lists it. */
export interface PosTabletListing {
    id: number;
    name: string;
    salesPointId: number;
    enrolledAt: Date;
    enrolledBy: { id: number; name: string; role: PosStaffRole } | null;
    revokedAt: Date | null;
    lastSeenAt: Date | null;
}

export interface PinCheck {
    ok: boolean;
    staff: PosStaff;
    attemptsLeft: number;
    lockedUntil: Date | null;
}

/**
 * Who may use a tablet: the tablets enrolled to each sales point and its staff,
 * with their PINs. The tablet's session names the tablet; the tablet names the
 * sales point; nothing a request says can change either.
 */
@Injectable()
export class PosStaffService {
    /**
     * Manager sign-ins at enrolment per lower-cased username, counted by every server
     * together (Redis when set): two servers behind a proxy do not grant twice the guesses.
     * A PIN's failures are counted on its staff row instead (`checkPin`).
     */
    private readonly enrolAttempts: RateLimiter;
    /** When this process last wrote each tablet's `lastSeenAt` (ms). */
    private seenWritten = new Map<number, number>();

    constructor(
        private connection: TransactionalConnection,
        private passwordCipher: PasswordCipher,
        private sessionService: SessionService,
        private userService: UserService,
        rateLimits: RateLimitService,
    ) {
        this.enrolAttempts = rateLimits.limiter('pos-enrol', {
            points: ENROL_MAX_FAILURES,
            durationSeconds: ENROL_WINDOW_SECONDS,
        });
    }

    /** The tablet the request's session belongs to; FORBIDDEN for anyone else. */
    async tabletOf(ctx: RequestContext): Promise<TabletIdentity> {
        if (!ctx.activeUserId) {
            throw new PosForbiddenError(
                'OCOP_POS_NOT_A_TABLET',
                'Chỉ máy POS đã đăng ký',
                'only an enrolled POS tablet',
            );
        }
        const rows: Array<{
            id: number;
            name: string;
            salesPointId: number;
            revokedAt: Date | null;
            stockLocationId: number;
        }> = await this.connection.getRepository(ctx, PosTablet).query(
            `SELECT t.id, t.name, t."salesPointId", t."revokedAt", sp."stockLocationId"
               FROM pos_tablet t JOIN sales_point sp ON sp.id = t."salesPointId"
              WHERE t."userId" = $1`,
            [Number(ctx.activeUserId)],
        );
        const row = rows[0];
        if (!row) {
            throw new PosForbiddenError(
                'OCOP_POS_NOT_A_TABLET',
                'Chỉ máy POS đã đăng ký',
                'only an enrolled POS tablet',
            );
        }
        if (row.revokedAt) {
            throw new PosForbiddenError(
                'OCOP_POS_TABLET_REVOKED',
                'Máy POS này đã bị thu hồi',
                'this tablet has been revoked',
            );
        }
        this.markSeen(row.id);
        return {
            tabletId: row.id,
            tabletName: row.name,
            salesPointId: row.salesPointId,
            stockLocationId: row.stockLocationId,
        };
    }

    /**
     * Notes that the tablet was heard from, at most once a minute. Written outside the
     * request's transaction and not awaited: a sale must neither wait for it nor hold the
     * tablet row locked, and a request holding a pooled connection must never wait for a
     * second one.
     */
    private markSeen(tabletId: number) {
        const now = Date.now();
        if (now - (this.seenWritten.get(tabletId) ?? 0) < TABLET_SEEN_EVERY_MS) return;
        this.seenWritten.set(tabletId, now);
        this.connection.rawConnection
            .query(`UPDATE pos_tablet SET "lastSeenAt" = now() WHERE id = $1`, [tabletId])
            .catch((e: Error) => Logger.warn(`lastSeenAt of tablet ${tabletId}: ${e.message}`, loggerCtx));
    }

    /** The sales point a tablet or a manager's own login belongs to, if any (scopes `salesPoints`). */
    async salesPointOfUser(ctx: RequestContext): Promise<number | undefined> {
        if (!ctx.activeUserId) return undefined;
        const rows: Array<{ salesPointId: number }> = await this.connection
            .getRepository(ctx, PosTablet)
            .query(
                `SELECT "salesPointId" FROM pos_tablet WHERE "userId" = $1 AND "revokedAt" IS NULL
             UNION ALL SELECT "salesPointId" FROM pos_staff WHERE "userId" = $1 AND active`,
                [Number(ctx.activeUserId)],
            );
        return rows[0]?.salesPointId;
    }

    /** An active staff member of the tablet's sales point, or a refusal. */
    async staffAt(
        ctx: RequestContext,
        tablet: TabletIdentity,
        staffId: ID | null | undefined,
    ): Promise<PosStaff> {
        const staff =
            staffId != null && /^\d+$/.test(String(staffId))
                ? await this.connection
                      .getRepository(ctx, PosStaff)
                      .findOne({ where: { id: Number(staffId), active: true } })
                : null;
        if (!staff || staff.salesPointId !== tablet.salesPointId) {
            throw posRefusal(
                'OCOP_POS_STAFF_UNKNOWN',
                `Nhân viên ${staffId ?? ''} không thuộc điểm bán của máy này`,
                'no such staff member at this sales point',
            );
        }
        return staff;
    }

    staffOf(ctx: RequestContext, salesPointId: number): Promise<PosStaff[]> {
        return this.connection
            .getRepository(ctx, PosStaff)
            .find({ where: { salesPointId, active: true }, order: { id: 'ASC' } });
    }

    /**
     * Checks a PIN under the staff row's lock, so concurrent guesses are counted one
     * by one: 5 wrong in a row lock the person for 5 minutes. Runs in its own
     * transaction, which commits the count whatever the caller does next.
     */
    async checkPin(ctx: RequestContext, tablet: TabletIdentity, staffId: ID, pin: string): Promise<PinCheck> {
        const staff = await this.staffAt(ctx, tablet, staffId);
        return this.connection.withTransaction(ctx.copy(), async tx => {
            const repo = this.connection.getRepository(tx, PosStaff);
            const [locked] = await repo.query(
                `SELECT "failedPinAttempts", "lockedUntil" FROM pos_staff WHERE id = $1 FOR UPDATE`,
                [staff.id],
            );
            const now = new Date();
            if (locked.lockedUntil && new Date(locked.lockedUntil) > now) {
                return { ok: false, staff, attemptsLeft: 0, lockedUntil: new Date(locked.lockedUntil) };
            }
            if (await pinMatches(pin, staff)) {
                await repo.update(staff.id, { failedPinAttempts: 0, lockedUntil: null });
                return { ok: true, staff, attemptsLeft: PIN_MAX_FAILURES, lockedUntil: null };
            }
            const failures = Number(locked.failedPinAttempts) + 1;
            if (failures >= PIN_MAX_FAILURES) {
                const lockedUntil = new Date(now.getTime() + PIN_LOCK_MINUTES * 60_000);
                await repo.update(staff.id, { failedPinAttempts: 0, lockedUntil });
                return { ok: false, staff, attemptsLeft: 0, lockedUntil };
            }
            await repo.update(staff.id, { failedPinAttempts: failures, lockedUntil: null });
            return { ok: false, staff, attemptsLeft: PIN_MAX_FAILURES - failures, lockedUntil: null };
        });
    }

    /** A manager's PIN for an approval made online (returns): refusals name why. */
    async approvingManager(ctx: RequestContext, tablet: TabletIdentity, staffId: ID, pin: string) {
        const check = await this.checkPin(ctx, tablet, staffId, pin);
        if (!check.ok) {
            throw posRefusal(
                'OCOP_POS_PIN_INVALID',
                check.lockedUntil ? 'Mã PIN bị khóa tạm thời' : 'Mã PIN không đúng',
                check.lockedUntil ? 'PIN locked for now' : 'wrong PIN',
            );
        }
        if (check.staff.role !== PosStaffRole.MANAGER) {
            throw posRefusal(
                'OCOP_POS_APPROVAL_REQUIRED',
                'Cần quản lý điểm bán phê duyệt, thu ngân không được phê duyệt',
                'a manager must approve; a cashier cannot',
            );
        }
        return check.staff;
    }

    /**
     * A manager's username and password enrol a new tablet to the manager's sales
     * point; the answer carries the tablet's own session token, shown this once.
     */
    async enrol(ctx: RequestContext, input: { username: string; password: string; name: string }) {
        const name = (input.name ?? '').normalize('NFC').trim();
        if (!name || name.length > 100) {
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                'Tên máy cần 1–100 ký tự',
                'tablet name must be 1–100 characters',
            );
        }
        const username = (input.username ?? '').trim().toLowerCase();
        // Counted before the password is checked, so parallel guesses cannot all slip in;
        // a successful sign-in forgets the count.
        const wait = await this.enrolAttempts.take(username);
        if (wait > 0) {
            const minutes = Math.max(1, Math.ceil(wait / 60));
            throw posRefusal(
                'OCOP_POS_ENROL_RATE_LIMITED',
                `Sai mật khẩu quá nhiều lần, hãy thử lại sau ${minutes} phút`,
                `too many failed sign-ins, try again in ${minutes} min`,
            );
        }
        const [account]: Array<{ id: number; passwordHash: string }> = await this.connection
            .getRepository(ctx, User)
            .query(
                `SELECT u.id, m."passwordHash" FROM "user" u
                   JOIN authentication_method m ON m."userId" = u.id AND m.type = 'NativeAuthenticationMethod'
                  WHERE lower(u.identifier) = $1 AND u."deletedAt" IS NULL`,
                [username],
            );
        const passwordOk =
            !!account?.passwordHash &&
            (await this.passwordCipher.check(input.password ?? '', account.passwordHash));
        if (!passwordOk) {
            throw posRefusal(
                'OCOP_POS_ENROL_REFUSED',
                'Sai tên đăng nhập hoặc mật khẩu',
                'wrong username or password',
            );
        }
        await this.enrolAttempts.reset(username).catch(() => undefined);
        const manager = await this.connection
            .getRepository(ctx, PosStaff)
            .findOne({ where: { userId: account.id, active: true, role: PosStaffRole.MANAGER } });
        if (!manager) {
            throw posRefusal(
                'OCOP_POS_NOT_A_MANAGER',
                'Chỉ quản lý điểm bán mới đăng ký được máy POS',
                'only a sales point manager can enrol a tablet',
            );
        }
        const { tablet, user } = await this.connection.withTransaction(ctx, async tx => {
            // The manager signed in to enrol: the staff list shows it as their latest sign-in.
            await this.connection
                .getRepository(tx, User)
                .update({ id: account.id }, { lastLogin: new Date() });
            const role = await this.connection
                .getRepository(tx, Role)
                .findOneOrFail({ where: { code: POS_TABLET_ROLE_CODE } });
            const identifier = `pos-tablet-${randomUUID()}@pos.invalid`;
            const user = await this.connection
                .getRepository(tx, User)
                .save(new User({ identifier, verified: true, roles: [role], authenticationMethods: [] }));
            await this.connection.getRepository(tx, Administrator).save(
                new Administrator({
                    firstName: 'Máy POS',
                    lastName: name,
                    emailAddress: identifier,
                    user,
                }),
            );
            const tablet = await this.connection.getRepository(tx, PosTablet).save(
                new PosTablet({
                    name,
                    salesPointId: manager.salesPointId,
                    userId: user.id as number,
                    enrolledByStaffId: manager.id as number,
                    revokedAt: null,
                    lastSeenAt: new Date(),
                }),
            );
            return { tablet, user };
        });
        const withRoles = await this.connection
            .getRepository(ctx, User)
            .findOneOrFail({ where: { id: user.id }, relations: { roles: { channels: true } } });
        const session = await this.sessionService.createNewAuthenticatedSession(
            ctx,
            withRoles,
            POS_TABLET_AUTH,
        );
        const salesPoint = await this.connection
            .getRepository(ctx, SalesPoint)
            .findOneOrFail({ where: { id: tablet.salesPointId } });
        return { token: session.token, tablet, salesPoint };
    }

    /** Office: a cashier or manager of a sales point, with their first PIN. */
    async createStaff(ctx: RequestContext, input: CreatePosStaffInput): Promise<PosStaff> {
        const name = (input.name ?? '').normalize('NFC').trim();
        if (!name || name.length > 200) {
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                'Tên nhân viên cần 1–200 ký tự',
                'name must be 1–200 characters',
            );
        }
        if (!Object.values(PosStaffRole).includes(input.role)) {
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                'Vai trò là CASHIER hoặc MANAGER',
                'role is CASHIER or MANAGER',
            );
        }
        const point = await this.connection
            .getRepository(ctx, SalesPoint)
            .findOne({ where: { id: Number(input.salesPointId) } });
        if (!point) {
            throw posRefusal('OCOP_POS_INPUT_INVALID', 'Không có điểm bán này', 'unknown sales point');
        }
        const pin = await hashPin(input.pin);
        const email = (input.emailAddress ?? '').trim();
        const userId = email
            ? await this.createManagerLogin(ctx, name, input.role, email, input.password)
            : null;
        return this.connection.getRepository(ctx, PosStaff).save(
            new PosStaff({
                salesPointId: point.id as number,
                name,
                role: input.role,
                userId,
                ...pin,
                failedPinAttempts: 0,
                lockedUntil: null,
                active: true,
            }),
        );
    }

    /**
     * A manager's own login (role `pos-manager`: sign in, enrol tablets, manage their sales
     * point's staff and tablets). Vendure's AdministratorService would let only a caller who
     * holds every permission of the role grant it, and the office does not enrol tablets:
     * granting exactly this role is what ManagePosStaff is for, so the user, its password
     * and the administrator are written here, with the checks the form needs in both languages.
     */
    private async createManagerLogin(
        ctx: RequestContext,
        name: string,
        role: PosStaffRole,
        email: string,
        password: string | null | undefined,
    ): Promise<number> {
        if (role !== PosStaffRole.MANAGER) {
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                'Chỉ quản lý có tài khoản đăng nhập',
                'only managers get a login',
            );
        }
        const identifier = email.normalize('NFC').toLowerCase();
        if (identifier.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(identifier)) {
            throw posRefusal('OCOP_POS_INPUT_INVALID', 'Địa chỉ email không hợp lệ', 'invalid email address');
        }
        const bytes = Buffer.byteLength(password ?? '', 'utf8');
        if (bytes < MANAGER_PASSWORD_MIN || bytes > MANAGER_PASSWORD_MAX) {
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                `Mật khẩu cần ${MANAGER_PASSWORD_MIN}–${MANAGER_PASSWORD_MAX} ký tự`,
                `the password must be ${MANAGER_PASSWORD_MIN}–${MANAGER_PASSWORD_MAX} characters`,
            );
        }
        const [taken] = await this.connection
            .getRepository(ctx, User)
            .query(`SELECT 1 FROM "user" WHERE lower(identifier) = $1 AND "deletedAt" IS NULL`, [identifier]);
        if (taken) {
            throw posRefusal(
                'OCOP_POS_LOGIN_TAKEN',
                'Email này đã có tài khoản đăng nhập',
                'this email already has a login',
            );
        }
        const managerRole = await this.connection
            .getRepository(ctx, Role)
            .findOneOrFail({ where: { code: POS_MANAGER_ROLE_CODE } });
        const user = await this.userService.createAdminUser(ctx, identifier, password!);
        user.roles = [managerRole];
        await this.connection.getRepository(ctx, User).save(user, { reload: false });
        const [firstName, ...rest] = name.split(/\s+/);
        await this.connection.getRepository(ctx, Administrator).save(
            new Administrator({
                firstName,
                lastName: rest.join(' ') || firstName,
                emailAddress: identifier,
                user,
            }),
        );
        return user.id as number;
    }

    /** A new PIN (also unlocks). `scope`: the sales point the caller may manage, undefined = all. */
    async setPin(ctx: RequestContext, staffId: ID, pin: string, scope?: number): Promise<PosStaff> {
        const staff = await this.managedStaff(ctx, staffId, scope);
        Object.assign(staff, await hashPin(pin), { failedPinAttempts: 0, lockedUntil: null });
        return this.connection.getRepository(ctx, PosStaff).save(staff);
    }

    /**
     * The sales point whose staff and tablets the caller manages: undefined for the
     * office (ManagePosStaff), the manager's own sales point for a sales point manager
     * signed in with their login; anyone else is refused.
     */
    async managementScope(ctx: RequestContext, canManageAll: boolean): Promise<number | undefined> {
        if (canManageAll) return undefined;
        const [row] = ctx.activeUserId
            ? await this.connection
                  .getRepository(ctx, PosStaff)
                  .query(
                      `SELECT "salesPointId" FROM pos_staff WHERE "userId" = $1 AND active AND role = '${PosStaffRole.MANAGER}'`,
                      [Number(ctx.activeUserId)],
                  )
            : [];
        if (!row) throw notYourSalesPoint();
        return Number(row.salesPointId);
    }

    /**
     * Staff of one sales point (or all), with their login's email and last sign-in and
     * their latest synced sale. PIN sign-ins happen on the tablet, offline, and are not known here.
     */
    async listStaff(
        ctx: RequestContext,
        salesPointId: number | undefined,
        staffId?: number,
    ): Promise<PosStaffListing[]> {
        const rows: any[] = await this.connection.getRepository(ctx, PosStaff).query(
            `SELECT s.id, s.name, s.role, s."salesPointId", s.active, s."userId", s."lockedUntil",
                    u.identifier AS "emailAddress", u."lastLogin" AS "lastLoginAt",
                    (SELECT max(p."soldAt") FROM pos_sale p WHERE p."staffId" = s.id) AS "lastSaleAt"
               FROM pos_staff s LEFT JOIN "user" u ON u.id = s."userId"
              WHERE ($1::int IS NULL OR s."salesPointId" = $1) AND ($2::int IS NULL OR s.id = $2)
              ORDER BY s."salesPointId", s.id`,
            [salesPointId ?? null, staffId ?? null],
        );
        return rows.map(r => ({
            id: r.id,
            name: r.name,
            role: r.role,
            salesPointId: r.salesPointId,
            active: r.active,
            hasLogin: r.userId != null,
            lockedUntil: r.lockedUntil,
            emailAddress: r.emailAddress ?? null,
            lastLoginAt: r.lastLoginAt ?? null,
            lastSaleAt: r.lastSaleAt ?? null,
        }));
    }

    async listTablets(
        ctx: RequestContext,
        salesPointId: number | undefined,
        tabletId?: number,
    ): Promise<PosTabletListing[]> {
        const rows: any[] = await this.connection.getRepository(ctx, PosTablet).query(
            `SELECT t.id, t.name, t."salesPointId", t."createdAt", t."revokedAt", t."lastSeenAt",
                    m.id AS "managerId", m.name AS "managerName", m.role AS "managerRole"
               FROM pos_tablet t LEFT JOIN pos_staff m ON m.id = t."enrolledByStaffId"
              WHERE ($1::int IS NULL OR t."salesPointId" = $1) AND ($2::int IS NULL OR t.id = $2)
              ORDER BY t."salesPointId", t.id`,
            [salesPointId ?? null, tabletId ?? null],
        );
        return rows.map(r => ({
            id: r.id,
            name: r.name,
            salesPointId: r.salesPointId,
            enrolledAt: r.createdAt,
            enrolledBy: r.managerId ? { id: r.managerId, name: r.managerName, role: r.managerRole } : null,
            revokedAt: r.revokedAt,
            lastSeenAt: r.lastSeenAt,
        }));
    }

    /** The sales points the caller manages (`scope` undefined: all), open or closed. */
    salesPointsManaged(ctx: RequestContext, scope: number | undefined): Promise<SalesPoint[]> {
        return this.connection.getRepository(ctx, SalesPoint).find({
            where: scope !== undefined ? { id: scope } : {},
            order: { kind: 'DESC', code: 'ASC' },
        });
    }

    /** Name, role or active flag; a deactivated manager's login is refused at once too. */
    async updateStaff(
        ctx: RequestContext,
        input: { id: ID; name?: string | null; role?: PosStaffRole | null; active?: boolean | null },
        scope?: number,
    ): Promise<PosStaff> {
        const staff = await this.managedStaff(ctx, input.id, scope);
        const demotes = input.active === false || input.role === PosStaffRole.CASHIER;
        if (demotes && staff.userId != null && String(staff.userId) === String(ctx.activeUserId)) {
            // Their own login would stop working at once, with nobody at the sales point to undo it.
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                'Không thể tự khóa hoặc tự chuyển mình thành thu ngân',
                'you cannot deactivate yourself or make yourself a cashier',
            );
        }
        if (input.name != null) {
            const name = input.name.normalize('NFC').trim();
            if (!name || name.length > 200) {
                throw posRefusal(
                    'OCOP_POS_INPUT_INVALID',
                    'Tên nhân viên cần 1–200 ký tự',
                    'name must be 1–200 characters',
                );
            }
            staff.name = name;
        }
        if (input.role != null) {
            if (!Object.values(PosStaffRole).includes(input.role)) {
                throw posRefusal(
                    'OCOP_POS_INPUT_INVALID',
                    'Vai trò là CASHIER hoặc MANAGER',
                    'role is CASHIER or MANAGER',
                );
            }
            staff.role = input.role;
        }
        if (input.active != null) staff.active = input.active;
        const saved = await this.connection.getRepository(ctx, PosStaff).save(staff);
        if (saved.active === false && saved.userId) {
            await this.sessionService.deleteSessionsByUser(ctx, { id: saved.userId } as User);
        }
        return saved;
    }

    /** Revokes a tablet: `tabletOf` refuses its token from the next request, and its sessions are deleted. */
    async revokeTablet(ctx: RequestContext, tabletId: ID, scope?: number): Promise<PosTablet> {
        const tablet = /^\d+$/.test(String(tabletId))
            ? await this.connection.getRepository(ctx, PosTablet).findOne({ where: { id: Number(tabletId) } })
            : null;
        if (!tablet) {
            throw posRefusal('OCOP_POS_TABLET_UNKNOWN', 'Không có máy POS này', 'no such tablet');
        }
        if (scope !== undefined && tablet.salesPointId !== scope) throw notYourSalesPoint();
        if (!tablet.revokedAt) {
            tablet.revokedAt = new Date();
            await this.connection.getRepository(ctx, PosTablet).save(tablet);
            await this.sessionService.deleteSessionsByUser(ctx, { id: tablet.userId } as User);
        }
        return tablet;
    }

    private async managedStaff(ctx: RequestContext, staffId: ID, scope?: number): Promise<PosStaff> {
        const staff = /^\d+$/.test(String(staffId))
            ? await this.connection.getRepository(ctx, PosStaff).findOne({ where: { id: Number(staffId) } })
            : null;
        if (!staff)
            throw posRefusal('OCOP_POS_STAFF_UNKNOWN', 'Không có nhân viên này', 'no such staff member');
        if (scope !== undefined && staff.salesPointId !== scope) throw notYourSalesPoint();
        return staff;
    }
}
