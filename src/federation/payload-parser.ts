import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/**
 * A parser of a payload a peer sent: the payload itself where it matches `schema`, else a sentence
 * (`notIt` and the first problems, each at its JSON path) to refuse it with.
 */
export function payloadParser<Schema extends TSchema>(
  schema: Schema,
  notIt: string,
): (value: unknown) => Static<Schema> | string {
  const validator = Compile(schema);
  return (value) => {
    if (validator.Check(value)) return value;
    const problems = validator.Errors(value).map((error) => `${error.instancePath || '/'} ${error.message}`);
    return `${notIt}: ${problems.slice(0, 3).join('; ')}`;
  };
}
