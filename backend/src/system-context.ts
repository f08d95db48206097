import { LanguageCode } from '@vendure/common/lib/generated-types';
import {
    Channel,
    ConfigService,
    Injector,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    User,
} from '@vendure/core';

/**
 * A request context acting as the superadmin, for work the system does by
 * itself (start-up setup, seeding, scheduled tasks). Vendure's services check
 * permissions even then, and a context without a user may not assign things
 * to channels.
 */
export async function systemContext(
    injector: Pick<Injector, 'get'>,
    channel?: Channel | string,
): Promise<RequestContext> {
    const identifier = injector.get(ConfigService).authOptions.superadminCredentials.identifier;
    const user = await injector
        .get(TransactionalConnection)
        .rawConnection.getRepository(User)
        .findOne({ where: { identifier }, relations: ['roles', 'roles.channels'] });
    return injector.get(RequestContextService).create({
        apiType: 'admin',
        user: user ?? undefined,
        // By token, so the channel comes from Vendure's cache with its tax zones loaded.
        channelOrToken: typeof channel === 'string' ? channel : channel?.token,
        languageCode: LanguageCode.vi,
    });
}
