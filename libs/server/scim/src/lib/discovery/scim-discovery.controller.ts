import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '@outloud/server-core';
import type { Request, Response } from 'express';
import { ScimError, ScimErrorFilter } from '../protocol/scim-error';
import { scimBase, sendScim } from '../protocol/scim-http';
import {
  LIST_RESPONSE,
  resourceTypes,
  schemas,
  serviceProviderConfig,
} from '../protocol/scim-schemas';
import { ScimTokenGuard } from '../token/scim-token.guard';

/** RFC 7644 §4: what this service supports, for clients that discover it. */
@Public()
@UseGuards(ScimTokenGuard)
@UseFilters(ScimErrorFilter)
@Controller('scim/v2')
export class ScimDiscoveryController {
  @Get('ServiceProviderConfig')
  config(@Req() req: Request, @Res() res: Response) {
    sendScim(res, 200, serviceProviderConfig(scimBase(req)));
  }

  @Get('ResourceTypes')
  resourceTypes(@Req() req: Request, @Res() res: Response) {
    sendScim(res, 200, list(resourceTypes(scimBase(req))));
  }

  @Get('ResourceTypes/:id')
  resourceType(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    sendScim(res, 200, one(resourceTypes(scimBase(req)), id));
  }

  @Get('Schemas')
  schemas(@Req() req: Request, @Res() res: Response) {
    sendScim(res, 200, list(schemas(scimBase(req))));
  }

  @Get('Schemas/:id')
  schema(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    sendScim(res, 200, one(schemas(scimBase(req)), id));
  }
}

function list(resources: { id: string }[]) {
  return {
    schemas: [LIST_RESPONSE],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

function one<T extends { id: string }>(resources: T[], id: string): T {
  const found = resources.find((r) => r.id === id);
  if (!found) throw new ScimError(404, `No ${JSON.stringify(id.slice(0, 200))} here.`);
  return found;
}
