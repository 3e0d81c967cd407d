import { z } from './zod.js';

/** What a fast path returns for any value it does not accept: the caller then asks zod. */
export const NOT_FAST = Symbol('not fast');

/** A parser for valid input only: the value zod would output, or `NOT_FAST`. */
export type FastPath = (input: unknown) => unknown;

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
// biome-ignore lint/suspicious/noExplicitAny: each kind of schema and check has its own definition, read as its kind says.
type Definition = Record<string, any>;

const proofs = new WeakMap<object, (value: never) => boolean>();

/**
 * `schema`, with `proof` recorded for its last check (or itself when it has none): a quick test
 * that, when it answers true, guarantees the check passes and leaves the value as it is, so the
 * fast path skips the check. When it answers false, the check runs as usual.
 */
export function provenBy<T extends z.ZodType>(schema: T, proof: (value: z.output<T>) => boolean): T {
  proofs.set(schema._zod.def.checks?.at(-1) ?? schema, proof);
  return schema;
}

/**
 * A parser generated once from `schema`'s definition that accepts what zod accepts and returns the
 * same fresh output, without zod's payloads, contexts and closures for the forms Marsad's entities
 * use: strict or stripped objects, arrays, tuples, records, unions, codecs, optional values, strings,
 * numbers, enums and literals, with their checks; any other part of the schema is run by zod. It
 * answers `NOT_FAST` for anything it does not accept, so the caller runs zod, which is always right
 * and words the issues: rejecting a valid value costs time, never a result. Undefined when code may
 * not be generated (`z.config({ jitless: true })`, a Content-Security-Policy).
 */
export function compileFastPath(schema: Schema): FastPath | undefined {
  if (z.config().jitless) return undefined;
  const constants: unknown[] = [NOT_FAST];
  const functions: string[] = [];
  const names = new Map<Schema, string>();
  const constant = (value: unknown) => {
    const index = constants.indexOf(value);
    return `c${index < 0 ? constants.push(value) - 1 : index}`;
  };
  const fail = (condition: string) => `if(${condition})return c0;`;
  /**
   * `v` through zod's own code for a part with no shortcut below: `call` gets a fresh payload `p`,
   * a promise or an issue fails, and `v` becomes `output` (of the payload `p` or the returned `r`).
   */
  const settle = (call: string, output = 'p.value') =>
    `{let p={value:v,issues:[]};const r=${call};${fail('r instanceof Promise||p.issues.length')}v=${output}}`;
  /** `v` through a check zod runs. */
  const run = (check: Check) => settle(`${constant(check)}._zod.check(p)`);

  /** `v` through each of `list` in zod's order, failing on the first issue. */
  const checks = (list: readonly Check[], isString?: boolean) =>
    list
      .map((check) => {
        const proof = proofs.get(check);
        const code = checkCode(check, isString);
        return proof ? `if(!${constant(proof)}(v))${code}` : code;
      })
      .join('');
  const checkCode = (check: Check, isString?: boolean) => {
    const def = check._zod.def as Definition;
    // zod counts a text's length in code points (since 4.6) or UTF-16 units (before): the two
    // agree below `min` units and from `2 × min` on, and zod's own check settles the rest.
    switch (def.check) {
      case 'min_length':
        return `{${fail(`v.length<${def.minimum}`)}${isString ? `if(v.length<${2 * def.minimum})${run(check)}` : ''}}`;
      case 'max_length':
        return isString ? `if(v.length>${def.maximum})${run(check)}` : fail(`v.length>${def.maximum}`);
    }
    if (def.when) throw NOT_FAST;
    switch (`${def.check}${def.format ?? ''}`) {
      case 'string_formatregex':
        return `{${constant(def.pattern)}.lastIndex=0;${fail(`!${constant(def.pattern)}.test(v)`)}}`;
      case 'overwrite':
        return `v=${constant(def.tx)}(v);`;
      case 'greater_than':
        return fail(`!(v>${def.inclusive ? '=' : ''}${def.value})`);
      case 'less_than':
        return fail(`!(v<${def.inclusive ? '=' : ''}${def.value})`);
      case 'number_formatsafeint':
        return fail('!Number.isSafeInteger(v)');
    }
    // A refinement's function answers yes or no; any other check reports through a payload.
    if ((check as unknown as Schema)._zod.def.type === 'custom')
      return `{const r=${constant(def.fn)}(v);${fail('!r||r instanceof Promise')}}`;
    return run(check);
  };

  /** The name of the generated function parsing `node`, generating it on first use. */
  const parser = (node: Schema): string => {
    const known = names.get(node);
    if (known) return known;
    const name = `f${names.size}`;
    names.set(node, name);
    let body: string;
    try {
      body = source(node);
    } catch {
      // A schema's run may answer another payload than the one it was given.
      body = settle(`p=${constant(node)}._zod.run(p,{async:false})`);
    }
    functions.push(`function ${name}(v){${body}return v}`);
    return name;
  };

  /** The body of the function parsing `node`, `v` in and out; throws `NOT_FAST` for zod to run it. */
  const source = (node: Schema): string => {
    const def = node._zod.def as Definition;
    const ownChecks = [
      ...('check' in node._zod && node._zod.check ? [node as unknown as Check] : []),
      ...((def.checks ?? []) as Check[]),
    ];
    const call = (child: Schema, value: string, result: string) =>
      `const ${result}=${parser(child)}(${value});${fail(`${result}===c0`)}`;
    const isObject = 'typeof v!=="object"||v===null';
    if (def.coerce) throw NOT_FAST;
    switch (def.type) {
      case 'string':
        return fail('typeof v!=="string"') + checks(ownChecks, true);
      case 'number':
        return fail('typeof v!=="number"||!Number.isFinite(v)') + checks(ownChecks);
      case 'enum':
      case 'literal':
        return fail(`!${constant(node._zod.values)}.has(v)`) + checks(ownChecks);
      case 'optional':
        return `if(v===undefined)return v;return ${parser(def.innerType)}(v);`;
      case 'union':
        // z.xor() accepts only values that exactly one option accepts.
        if (def.inclusive === false) throw NOT_FAST;
        return `let r;${(def.options as Schema[]).map((option) => `r=${parser(option)}(v);if(r!==c0)return r;`).join('')}return r;`;
      case 'pipe':
        return `v=${parser(def.in)}(v);${fail('v===c0')}${def.transform ? settle(`${constant(def.transform)}(v,p)`, 'r') : ''}return ${parser(def.out)}(v);`;
      case 'array':
        return `${fail('!Array.isArray(v)')}const n=v.length,o=new Array(n);for(let i=0;i<n;i++){${call(def.element, 'v[i]', 'e')}o[i]=e}v=o;${checks(ownChecks)}`;
      case 'tuple': {
        const items = def.items as Schema[];
        if (def.rest || items.some((item) => item._zod.optin)) throw NOT_FAST;
        return `${fail(`!Array.isArray(v)||v.length!==${items.length}`)}${items.map((item, index) => call(item, `v[${index}]`, `e${index}`)).join('')}v=[${items.map((_, index) => `e${index}`)}];${checks(ownChecks)}`;
      }
      case 'record':
        if (def.keyType._zod.values || def.mode === 'loose') throw NOT_FAST;
        // zod takes plain objects, those whose constructor is Object (made by object literals, JSON
        // and YAML loaders), and reads their own keys only.
        return `${fail(`${isObject}||v.constructor!==Object||Object.getOwnPropertySymbols(v).length`)}const o={};for(const k of Object.keys(v)){${call(def.keyType, 'k', 'K')}${fail('k==="__proto__"||K==="__proto__"')}${call(def.valueType, 'v[k]', 'e')}o[K]=e}v=o;${checks(ownChecks)}`;
      case 'object': {
        const strict = def.catchall?._zod.def.type === 'never';
        if (def.catchall && !strict) throw NOT_FAST;
        const keys = Object.keys(def.shape)
          .filter((key) => key !== '__proto__')
          .map((key) => JSON.stringify(key));
        // Inputs come in many shapes (which optional keys, in which order), so reading each field by
        // name made V8's property loads megamorphic; one for…in reads them by the shape's own key
        // list, and finds unknown keys on the way. zod keeps a present key whose value is undefined:
        // rare enough to leave to zod.
        const fields = keys.map(
          (key, index) =>
            `const a${index}=${parser(def.shape[JSON.parse(key)])}(i${index});${fail(`a${index}===c0||a${index}===undefined&&i${index}!==a${index}`)}`,
        );
        return `${fail(`${isObject}||Array.isArray(v)`)}for(const k in v)switch(k){${keys
          .map((key, index) => `case ${key}:var i${index}=v[k];${fail(`i${index}===undefined`)}break;`)
          .join(
            '',
          )}${strict ? 'default:return c0' : ''}}${fields.join('')}const o={};${keys.map((key, index) => `if(a${index}!==undefined)o[${key}]=a${index};`).join('')}v=o;${checks(ownChecks)}`;
      }
      default:
        throw NOT_FAST;
    }
  };

  try {
    const root = parser(schema);
    return new Function(
      ...constants.map((_, index) => `c${index}`),
      `${functions.join('\n')}\nreturn ${root}`,
    )(...constants) as FastPath;
  } catch {
    // Code generation refused (a Content-Security-Policy without 'unsafe-eval').
    return undefined;
  }
}
