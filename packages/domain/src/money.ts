/** Money is an integer of minor units (cents) with a currency; never a floating-point amount. */
export type Currency = 'EUR';
export type Money = { amount: number; currency: Currency };

export function money(amount: number, currency: Currency = 'EUR'): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`A money amount is an integer of cents, got ${amount}.`);
  }
  return { amount, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`Cannot add ${a.currency} and ${b.currency}.`);
  return money(a.amount + b.amount, a.currency);
}

/** Multiply by a whole factor (hours, VMs, months): the result stays an integer of cents. */
export function multiplyMoney(a: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) throw new RangeError(`Factor must be an integer, got ${factor}.`);
  return money(a.amount * factor, a.currency);
}
