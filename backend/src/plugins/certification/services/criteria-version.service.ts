import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection, UserInputError } from '@vendure/core';
import { CRITERIA_VERSIONS } from '../config/criteria-data';
import { CriteriaVersion } from '../entities/criteria-version.entity';

/** The official scoring sets (see `config/criteria-data.ts`). */
@Injectable()
export class CriteriaVersionService {
    constructor(private connection: TransactionalConnection) {}

    /**
     * Writes the sets from `criteria-data.ts` into the table: missing codes are
     * inserted, existing ones brought in line with the data. Safe on every start.
     */
    async ensureSeeded(): Promise<void> {
        const repo = this.connection.rawConnection.getRepository(CriteriaVersion);
        for (const definition of CRITERIA_VERSIONS) {
            const existing = await repo.findOne({ where: { code: definition.code } });
            if (!existing) {
                await repo.save(new CriteriaVersion({ ...definition }));
            } else if (JSON.stringify(pick(existing)) !== JSON.stringify(pick(definition))) {
                await repo.save(Object.assign(existing, definition));
            }
        }
    }

    findAll(ctx: RequestContext): Promise<CriteriaVersion[]> {
        return this.connection.getRepository(ctx, CriteriaVersion).find({ order: { effectiveFrom: 'ASC' } });
    }

    async getByCode(ctx: RequestContext, code: string): Promise<CriteriaVersion> {
        const version = await this.connection
            .getRepository(ctx, CriteriaVersion)
            .findOne({ where: { code } });
        if (!version) {
            const known = (await this.findAll(ctx)).map(v => v.code).join(', ');
            throw new UserInputError(
                `Bộ tiêu chí "${code}" không tồn tại; có: ${known} (unknown criteria version)`,
            );
        }
        return version;
    }
}

function pick(
    v: Pick<CriteriaVersion, 'decision' | 'effectiveFrom' | 'effectiveUntil' | 'parts' | 'starBands'>,
) {
    return [v.decision, v.effectiveFrom, v.effectiveUntil ?? null, v.parts, v.starBands];
}
