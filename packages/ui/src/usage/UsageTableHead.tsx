/** The head of a usage table: its columns' names, amounts aligned to the right. */
export function UsageTableHead({ columns }: { columns: { label: string; amount?: boolean }[] }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, amount }) => (
          <th key={label} scope="col" className={amount ? 'mk-usage-amount' : undefined}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
