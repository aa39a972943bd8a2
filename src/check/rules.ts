import type { BlockKind } from './match-proposals.js';
import type { CheckRule } from './types.js';

export const INFORMATION_URI = 'https://github.com/satupintu/satupintu#satupintu-check';

/** The four reasons a proposal is blocked. Ids never change: SARIF alerts and baselines key on them. */
export const RULES: readonly CheckRule[] = [
  {
    id: 'SP001/duplicate-of-existing-app',
    kind: 'existing-app',
    name: 'DuplicateOfExistingApp',
    short: 'The proposed application is already registered',
    full: 'The proposing government already runs this very application (same address or name). Improve or integrate the existing app instead of building a new one.',
    help: 'Policy (SPBE, Perpres 95/2018 and 82/2023): no new standalone applications, only interoperability. Develop the registered application further and connect it to the national portal instead of registering a new one.',
  },
  {
    id: 'SP002/national-platform-exists',
    kind: 'platform',
    name: 'NationalPlatformExists',
    short: 'A national shared platform (aplikasi umum) already does this job',
    full: 'A national shared platform covers this function (e.g. SIASN, SRIKANDI, SP4N-LAPOR!, SATUSEHAT). Use the platform and integrate with it instead of building a local copy.',
    help: 'Use the national platform named in the message; if local needs are not covered, request the feature from the platform owner or integrate through its API.',
  },
  {
    id: 'SP003/local-duplicate',
    kind: 'local-duplicate',
    name: 'LocalDuplicate',
    short: 'The same government already runs an app for this job',
    full: 'The proposing government already runs at least one live application with the same function. Consolidate on the existing app instead of adding another.',
    help: 'Extend the existing application named in the message (or merge the apps) and expose it through the one-door portal.',
  },
  {
    id: 'SP004/built-elsewhere',
    kind: 'other-governments',
    name: 'BuiltElsewhere',
    short: 'Other governments already run apps for this job',
    full: 'Other governments already run live applications with this function. Adopt or replicate one of them (or push for a shared platform) instead of building from scratch.',
    help: 'Contact the governments named in the message and adopt their application, ideally as a shared service.',
  },
];

const BY_KIND = new Map<BlockKind, CheckRule>(RULES.map((r) => [r.kind, r]));

export function ruleFor(kind: BlockKind): CheckRule | null {
  return BY_KIND.get(kind) ?? null;
}
