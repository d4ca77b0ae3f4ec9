import { describe, expectTypeOf, it } from 'vitest';
import type { MessageValues, PlainMessageKey, TranslateArgs } from './catalogue.ts';
import type { IcuValues } from './icu-arguments.ts';

// Checked by the type checker (`tsc -p .` includes the tests): a wrong reading fails the build.
describe('the ICU arguments TypeScript reads from a message', () => {
  it('reads plain, number, date, plural and select arguments with their types', () => {
    expectTypeOf<IcuValues<'Hello {name}'>>().toEqualTypeOf<{ name: string | number }>();
    expectTypeOf<IcuValues<'{n, number} ms, {p, number, ::percent}'>>().toEqualTypeOf<{
      n: number;
      p: number;
    }>();
    expectTypeOf<IcuValues<'until {date, date, long} at {at, time, short}'>>().toEqualTypeOf<{
      date: Date;
      at: Date;
    }>();
    expectTypeOf<IcuValues<'{count, plural, one {# product} other {# products}}'>>().toEqualTypeOf<{
      count: number;
    }>();
    expectTypeOf<IcuValues<'{kind, select, omi {An OMI} other {A service}}'>>().toEqualTypeOf<{
      kind: string;
    }>();
    expectTypeOf<IcuValues<'No argument at all'>>().toEqualTypeOf<Record<never, never>>();
  });

  it('reads the arguments inside plural cases, and the text after the plural', () => {
    expectTypeOf<
      IcuValues<'{owner}: {count, plural, =0 {nothing} one {{product} only} other {# products, {first} first}} since {since, date, long}'>
    >().toEqualTypeOf<{
      owner: string | number;
      count: number;
      product: string | number;
      first: string | number;
      since: Date;
    }>();
    // A case without "#" and without arguments is not an argument.
    expectTypeOf<IcuValues<'{count, plural, one {product} other {products}}'>>().toEqualTypeOf<{
      count: number;
    }>();
  });

  it('types t() from the English catalogue', () => {
    expectTypeOf<MessageValues<'buy.catalog.count'>>().toEqualTypeOf<{ count: number }>();
    expectTypeOf<MessageValues<'buy.estimate.source'>>().toEqualTypeOf<{
      source: string | number;
      date: Date;
    }>();
    expectTypeOf<TranslateArgs<'common.save'>>().toEqualTypeOf<[]>();
    expectTypeOf<'common.save'>().toExtend<PlainMessageKey>();
    expectTypeOf<'buy.catalog.count'>().not.toExtend<PlainMessageKey>();
  });
});
