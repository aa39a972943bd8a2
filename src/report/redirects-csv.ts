import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Analysis } from '../model/analysis.js';
import { redirectMap, type Redirect } from '../plan/views.js';
import { toCsv } from '../util/csv.js';
import type { Lang } from '../knowledge/messages.js';
import { translator } from './i18n.js';
import { redirectHome } from './vocabulary.js';

export const REDIRECT_COLUMNS = ['old_url', 'new_home', 'action', 'app_id', 'name'] as const;

/** redirects.csv: where each retired, migrated or merged app's old address should point. */
export function redirectsCsv(analysis: Analysis, knowledge: Knowledge, lang: Lang, redirects: Redirect[] = redirectMap(analysis, knowledge)): string {
  const t = translator(lang);
  return toCsv(
    [...REDIRECT_COLUMNS],
    redirects.map((r) => [r.oldUrl, redirectHome(t, r), r.action, r.appId, r.name]),
  );
}
