import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, FieldProblem } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input, reported as BAD_USER_INPUT with one entry per broken rule. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badInput(
        `Invalid input: ${fields.map((f) => `${f.field} ${f.message.replace(new RegExp(`^${f.field.split('.').pop()} `), '')}`).join('; ')}`,
        'INVALID_INPUT',
        fields,
      );
    },
  });
}
