import { Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from './errors';
import { CommonErrorReason } from './common-error-reason';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else is refused before it reaches a query. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw badInput('id must be an ID this server issued (a UUID)', CommonErrorReason.INVALID_ID, [{ field: 'id', message: 'must be a UUID' }]);
    }
    return value.toLowerCase();
  }
}
