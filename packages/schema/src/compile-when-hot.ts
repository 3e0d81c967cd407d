import { compileFastPath, type FastPath, NOT_FAST } from './valid-fast-path.js';
import { z } from './zod.js';

/**
 * How many values an entity schema validates on zod's interpreter before its fast path is
 * generated. Generating one costs a few milliseconds of CPU, which the fast path wins back over
 * about a thousand entries: a CLI run over a few files never pays for it, bulk validation does.
 */
export const COMPILE_AFTER = 1000;

type Run = z.core.$ZodTypeInternals['run'];

/**
 * `schema` with `meta` registered (as `.meta(meta)` would), which validates its first
 * `compileAfter` values on zod's interpreter and every later one through a fast path generated
 * from it (`compileFastPath`). The fast path only answers valid input; an invalid value falls back
 * to the interpreter, which reports the issues, so results and messages never depend on the tier.
 * The schema stays on the interpreter when the fast path does not model it or when
 * `z.config({ jitless: true })` forbids generated code at the moment it would compile.
 */
export function compileWhenHot<T extends z.ZodType>(
  schema: T,
  meta: z.GlobalMeta,
  compileAfter = COMPILE_AFTER,
): T {
  const hot = schema.clone();
  z.globalRegistry.add(hot, meta);
  const interpret = schema._zod.run;
  let run = interpret;
  let remaining = compileAfter;
  hot._zod.run = (payload, ctx) => {
    if (remaining > 0 && --remaining === 0) {
      const fast = compileFastPath(schema);
      if (fast) {
        run = withFastPath(fast, interpret);
        // safeParse, what bulk validation calls, skips zod's payload and context for valid values
        // (as z.compile's does); the others go to `schema`'s own, which interprets.
        hot.safeParse = (data, params) => {
          const output = fast(data);
          return output === NOT_FAST
            ? schema.safeParse(data, params)
            : { success: true, data: output as z.output<T> };
        };
      }
    }
    return run(payload, ctx);
  };
  return hot;
}

/** `interpret` with `fast` in front for valid values: the interpreter words the others' issues. */
function withFastPath(fast: FastPath, interpret: Run): Run {
  return (payload, ctx) => {
    // As zod's compiled parser does, encoding, async parses and parses without checks are zod's.
    if (!ctx.async && ctx.direction !== 'backward' && !ctx.skipChecks) {
      const output = fast(payload.value);
      if (output !== NOT_FAST) {
        payload.value = output;
        return payload;
      }
    }
    return interpret(payload, ctx);
  };
}
