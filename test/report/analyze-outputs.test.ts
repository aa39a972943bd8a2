import { describe, expect, it } from 'vitest';
import { ANALYZE_OUTPUTS, selectOutputs } from '../../src/report/analyze-outputs.js';
import { InputError } from '../../src/util/errors.js';

describe('selectOutputs (--reports)', () => {
  it('is every output without a list', () => {
    expect([...selectOutputs(undefined)]).toEqual([...ANALYZE_OUTPUTS]);
  });

  it('always keeps the plan and the rejected rows', () => {
    expect([...selectOutputs('none')].sort()).toEqual(['plan.csv', 'rejected.csv']);
    expect([...selectOutputs('Report.HTML, inventory.json')].sort()).toEqual(['inventory.json', 'plan.csv', 'rejected.csv', 'report.html']);
  });

  it('takes comma- or space-separated names and all', () => {
    expect(selectOutputs('links.csv plan.json').has('links.csv')).toBe(true);
    expect(selectOutputs('all').size).toBe(ANALYZE_OUTPUTS.length);
  });

  it('rejects unknown names and empty lists, naming the choices', () => {
    expect(() => selectOutputs('report.pdf')).toThrow(InputError);
    expect(() => selectOutputs('report.pdf')).toThrow(/choose from inventory\.json, links\.csv, plan\.json, report\.md, report\.html, redirects\.csv, all, none/);
    expect(() => selectOutputs(' , ')).toThrow(/empty list/);
  });
});
