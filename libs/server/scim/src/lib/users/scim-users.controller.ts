import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { auditContextOf } from '@outloud/audit';
import { Public, requestState } from '@outloud/server-core';
import type { Request, Response } from 'express';
import { scimBase, sendScim } from '../protocol/scim-http';
import { ScimErrorFilter } from '../protocol/scim-error';
import { scimTokenOf, ScimTokenGuard } from '../token/scim-token.guard';
import { ScimCall, ScimUsersService } from './scim-users.service';

/** RFC 7644 §3 for Users: /scim/v2/Users. No session: the SCIM token guard decides. */
@Public()
@UseGuards(ScimTokenGuard)
@UseFilters(ScimErrorFilter)
@Controller('scim/v2/Users')
export class ScimUsersController {
  constructor(private readonly users: ScimUsersService) {}

  @Get()
  async list(
    @Query() query: Record<string, string | undefined>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendScim(res, 200, await this.users.list(query, this.call(req, res)));
  }

  @Get(':id')
  async get(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    sendScim(res, 200, await this.users.get(id, this.call(req, res)));
  }

  @Post()
  async create(@Body() body: unknown, @Req() req: Request, @Res() res: Response) {
    const user = await this.users.create(body, this.call(req, res));
    res.setHeader('Location', (user.meta as { location: string }).location);
    sendScim(res, 201, user);
  }

  @Put(':id')
  async replace(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendScim(res, 200, await this.users.replace(id, body, this.call(req, res)));
  }

  @Patch(':id')
  async patch(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    sendScim(res, 200, await this.users.patch(id, body, this.call(req, res)));
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.users.delete(id, this.call(req, res));
    res.status(204).end();
  }

  private call(req: Request, res: Response): ScimCall {
    return {
      token: scimTokenOf(res),
      context: auditContextOf(requestState(req)),
      base: scimBase(req),
    };
  }
}
