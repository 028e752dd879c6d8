import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, FieldProblem } from './errors';
import { CommonErrorReason } from './common-error-reason';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // Array elements read as `changes[0].entry`, the same paths the domain validators report.
    const field = /^[0-9]+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
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
        `Invalid input: ${fields.map((f) => `${f.field} ${withoutPropertyName(f)}`).join('; ')}`,
        CommonErrorReason.INVALID_INPUT,
        fields,
      );
    },
  });
}

/** class-validator starts its messages with the property's name, which the field path already says. */
function withoutPropertyName(problem: FieldProblem): string {
  const property = problem.field.split('.').pop()!.replace(/\[[0-9]+\]$/, '');
  return problem.message.startsWith(`${property} `) ? problem.message.slice(property.length + 1) : problem.message;
}
