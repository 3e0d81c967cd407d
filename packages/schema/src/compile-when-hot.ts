import * as z from 'zod';

/**
 * How many values an entity schema validates on zod's interpreter before it is compiled. Compiling
 * one costs 5 to 20 ms of CPU, which the compiled parser wins back over about a thousand entries:
 * a CLI run over a few files never pays for it, bulk validation (imports, large repositories) does.
 */
export const COMPILE_AFTER = 1000;

type Run = z.core.$ZodTypeInternals['run'];

/**
 * `schema` with `meta` registered (as `.meta(meta)` would), which validates its first
 * `compileAfter` values on zod's interpreter and every later one through `z.compile`'s generated
 * parser. The compiled parser only answers valid input; an invalid value falls back to the
 * interpreter, which reports the same issues, so results and messages never depend on the tier.
 * The schema stays on the interpreter when zod has no compiler (before 4.5) or when
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
    if (remaining > 0 && --remaining === 0) run = compiledRun(schema) ?? interpret;
    return run(payload, ctx);
  };
  return hot;
}

/** The run function of `schema` compiled, or undefined when zod cannot or may not compile. */
function compiledRun(schema: z.ZodType): Run | undefined {
  // zod before 4.5 has no compiler; the peer range starts at 4.1.
  const compile = (z as Partial<typeof z>).compile;
  if (typeof compile !== 'function' || z.config().jitless) return undefined;
  return compile(schema)._zod.run;
}
