import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Ctx,
    ID,
    Permission,
    Product,
    ProductService,
    RequestContext,
    Transaction,
} from '@vendure/core';
import { manageCertificatesPermission, readCertificatesPermission } from '../constants';
import { Certificate } from '../entities/certificate.entity';
import { CriteriaVersion } from '../entities/criteria-version.entity';
import { CertificateService } from '../services/certificate.service';
import { CriteriaVersionService } from '../services/criteria-version.service';
import { CertificateListOptions, CertifyProductInput } from '../types';

@Resolver()
export class CertificateAdminResolver {
    constructor(
        private certificateService: CertificateService,
        private criteriaVersionService: CriteriaVersionService,
    ) {}

    @Query()
    @Allow(readCertificatesPermission.Permission)
    certificates(@Ctx() ctx: RequestContext, @Args() args: { options?: CertificateListOptions }) {
        return this.certificateService.findAll(ctx, args.options ?? {});
    }

    @Query()
    @Allow(readCertificatesPermission.Permission)
    certificate(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.certificateService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(Permission.Authenticated)
    criteriaVersions(@Ctx() ctx: RequestContext): Promise<CriteriaVersion[]> {
        return this.criteriaVersionService.findAll(ctx);
    }

    @Mutation()
    @Transaction()
    @Allow(manageCertificatesPermission.Permission)
    certifyProduct(@Ctx() ctx: RequestContext, @Args() args: { input: CertifyProductInput }) {
        return this.certificateService.certify(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageCertificatesPermission.Permission)
    revokeCertificate(@Ctx() ctx: RequestContext, @Args() args: { id: ID; reason: string }) {
        return this.certificateService.revoke(ctx, args.id, args.reason);
    }
}

@Resolver('Certificate')
export class CertificateEntityResolver {
    constructor(private productService: ProductService) {}

    @ResolveField()
    async product(
        @Ctx() ctx: RequestContext,
        @Parent() certificate: Certificate,
    ): Promise<Product | undefined> {
        return (await this.productService.findOne(ctx, certificate.productId)) ?? undefined;
    }
}
