import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import { Allow, Channel, Ctx, ID, RequestContext, Transaction, TransactionalConnection } from '@vendure/core';
import { manageProducersPermission, readProducersPermission } from '../constants';
import { ProducerApplicationStatus } from '../entities/producer-application.entity';
import { Producer } from '../entities/producer.entity';
import { ProducerOrderService } from '../services/producer-order.service';
import { CreateProducerInput, ProducerService } from '../services/producer.service';

@Resolver()
export class ProducerAdminResolver {
    constructor(
        private producerService: ProducerService,
        private producerOrderService: ProducerOrderService,
    ) {}

    @Query()
    @Allow(manageProducersPermission.Permission, readProducersPermission.Permission)
    producers(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: { skip?: number; take?: number; area?: string; active?: boolean } },
    ) {
        return this.producerService.findAll(ctx, args.options ?? {});
    }

    @Query()
    @Allow(manageProducersPermission.Permission, readProducersPermission.Permission)
    producer(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.producerService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(Permission.Authenticated)
    activeProducer(@Ctx() ctx: RequestContext) {
        return this.producerService.forChannel(ctx);
    }

    @Query()
    @Allow(Permission.ReadOrder)
    producerOrderLines(@Ctx() ctx: RequestContext, @Args() args: { skip?: number; take?: number }) {
        return this.producerOrderService.linesForChannel(ctx, args);
    }

    @Query()
    @Allow(manageProducersPermission.Permission, readProducersPermission.Permission)
    producerApplications(@Ctx() ctx: RequestContext, @Args() args: { status?: ProducerApplicationStatus }) {
        return this.producerService.applications(ctx, args.status);
    }

    @Mutation()
    @Transaction()
    @Allow(manageProducersPermission.Permission)
    createProducer(@Ctx() ctx: RequestContext, @Args() args: { input: CreateProducerInput }) {
        return this.producerService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageProducersPermission.Permission)
    updateProducer(@Ctx() ctx: RequestContext, @Args() args: { input: { id: ID } & Record<string, any> }) {
        const { id, ...rest } = args.input;
        return this.producerService.update(ctx, id, rest);
    }

    @Mutation()
    @Transaction()
    @Allow(manageProducersPermission.Permission)
    setProducerActive(@Ctx() ctx: RequestContext, @Args() args: { id: ID; active: boolean }) {
        return this.producerService.setActive(ctx, args.id, args.active);
    }

    @Mutation()
    @Transaction()
    @Allow(manageProducersPermission.Permission)
    approveProducerApplication(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { id: ID; code: string; administratorPassword?: string } },
    ) {
        return this.producerService.approveApplication(ctx, args.input.id, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageProducersPermission.Permission)
    rejectProducerApplication(@Ctx() ctx: RequestContext, @Args() args: { id: ID; note: string }) {
        return this.producerService.rejectApplication(ctx, args.id, args.note);
    }
}

@Resolver('Producer')
export class ProducerEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    async channelToken(@Ctx() ctx: RequestContext, @Parent() producer: Producer) {
        const channel = await this.connection
            .getRepository(ctx, Channel)
            .findOne({ where: { id: producer.channelId } });
        return channel?.token ?? '';
    }
}
