import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord } from './csv.ts';

describe('CSV cells', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Acme Industries')).toBe('Acme Industries');
    expect(csvCell('')).toBe('');
    expect(csvCell("l'été")).toBe("l'été");
  });

  it('quotes a cell holding a quote, a comma or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvCell('Nimbus, SAS')).toBe('"Nimbus, SAS"');
    expect(csvCell('The "best" appliance')).toBe('"The ""best"" appliance"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps a cell that starts like a formula from running as one', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvCell('+33 1 84 00 00 00')).toBe("'+33 1 84 00 00 00");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['id', 'name, full', '=1'])).toBe(`id,"name, full",'=1\r\n`);
  });
});
