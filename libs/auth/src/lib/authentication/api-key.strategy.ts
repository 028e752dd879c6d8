import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { ApiClientActor } from '../authorization/actor';
import { ApiClientsService } from '../api-clients/api-clients.service';

/** Reads `Authorization: ApiKey <key>` or `X-Api-Key: <key>`. */
export function apiKeyOf(req: Request): string | undefined {
  const header = req.headers['authorization'];
  if (typeof header === 'string') {
    const match = /^ApiKey\s+(\S+)$/i.exec(header);
    if (match) return match[1];
  }
  const direct = req.headers['x-api-key'];
  return typeof direct === 'string' && direct.length > 0 ? direct : undefined;
}

/** Machine clients (licensing and customs systems) authenticate with the key the secretariat issued them. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly clients: ApiClientsService) {
    super();
  }

  async validate(req: Request): Promise<ApiClientActor | false> {
    const key = apiKeyOf(req);
    if (!key) return false;
    return (await this.clients.authenticate(key)) ?? false;
  }
}
