// The arguments of an ICU message, read by TypeScript from the message's literal text, so that
// `t('buy.catalog.count', { count: 3 })` is checked against the English catalogue: every argument is
// required, no other is accepted, and each has the type its format needs.
//
//   {name}                                   string, or a number shown as is (a version: no grouping)
//   {count, number} / {n, number, ::percent} number
//   {count, plural, one {# product} other {# products}}   number (and the arguments of its cases)
//   {rank, selectordinal, ...}               number
//   {kind, select, omi {...} other {...}}    string
//   {date, date, long} / {at, time, short}   Date
//
// The reading jumps from brace to brace (not character by character), so long messages stay cheap
// and well under TypeScript's recursion limits. Quoted ICU syntax ('{') is not used in our catalogues
// (typographic apostrophes only); the catalogue tests parse every message with the real parser.

type Argument<Name extends string, Kind extends string> = { name: Name; kind: Kind };

type TrimStart<S extends string> = S extends ` ${infer R}` | `\n${infer R}` | `\t${infer R}`
  ? TrimStart<R>
  : S;
type TrimEnd<S extends string> = S extends `${infer R} ` | `${infer R}\n` | `${infer R}\t` ? TrimEnd<R> : S;
type Trim<S extends string> = TrimEnd<TrimStart<S>>;

/**
 * Reads message text up to its end, or up to the `}` that closes the sub-message it is in (a plural
 * or select case): `[arguments found, the text after that '}']`.
 */
type ReadText<S extends string, Found = never> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${infer Rest}`
    ? [Found, `${Rest}{${After}`]
    : ReadArgument<After, Found>
  : S extends `${string}}${infer Rest}`
    ? [Found, Rest]
    : [Found, ''];

/** Reads one argument, `S` starting just after its `{`, then the text after it. */
type ReadArgument<S extends string, Found> = S extends `${infer Head}}${infer Rest}`
  ? Head extends `${string}{${string}`
    ? // A plural, selectordinal or select: its cases are sub-messages with arguments of their own.
      S extends `${infer Name},${infer AfterName}`
      ? AfterName extends `${infer Kind},${infer Cases}`
        ? ReadCases<Cases, Found | Argument<Trim<Name>, Trim<Kind>>>
        : [Found, '']
      : [Found, '']
    : ReadText<Rest, Found | SimpleArgument<Head>>
  : [Found, ''];

/** `name`, `name, number`, `name, date, long`: the name and the format (its style ignored). */
type SimpleArgument<Head extends string> = Head extends `${infer Name},${infer Format}`
  ? Argument<Trim<Name>, Trim<Format extends `${infer Kind},${string}` ? Kind : Format>>
  : Argument<Trim<Head>, 'string'>;

/** Reads `one {...} other {...}}` (the cases then the argument's closing brace), then the text after. */
type ReadCases<S extends string, Found> =
  TrimStart<S> extends `}${infer Rest}`
    ? ReadText<Rest, Found>
    : S extends `${string}{${infer Body}`
      ? ReadText<Body> extends [infer InCase, infer Rest extends string]
        ? ReadCases<Rest, Found | InCase>
        : [Found, '']
      : [Found, ''];

/** Every argument of an ICU message, as `{ name, kind }` records. */
export type IcuArguments<S extends string> = ReadText<S>[0] extends infer A extends Argument<string, string>
  ? A
  : never;

type ValueFor<Kind> = [Extract<Kind, 'plural' | 'selectordinal' | 'number'>] extends [never]
  ? [Extract<Kind, 'date' | 'time'>] extends [never]
    ? [Extract<Kind, 'select'>] extends [never]
      ? string | number
      : string
    : Date
  : number;

/** The values an ICU message needs: one property per argument, typed by how the message formats it. */
export type IcuValues<S extends string> = {
  [Name in IcuArguments<S>['name']]: ValueFor<Extract<IcuArguments<S>, { name: Name }>['kind']>;
};
