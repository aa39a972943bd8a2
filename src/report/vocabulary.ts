import type { Action, Analysis, AnalyzedApplication, Ecosystem } from '../model/analysis.js';
import type { CostTotal, EffortLevel, Redirect, WaveNumber } from '../plan/views.js';
import type { Translator } from './i18n.js';

export const actionLabel = (t: Translator, a: Action) => t.t(`action.${a}`);
export const ecosystemLabel = (t: Translator, e: Ecosystem) => t.t(`ecosystem.${e}`);
export const waveTitle = (t: Translator, w: WaveNumber) => t.t(`wave.${w}`);
export const effortLabel = (t: Translator, e: EffortLevel) => t.t(`effort.${e}`);

/** `Rp 150 juta` plus `(3 apps without cost data)` when some apps had none. */
export function costText(t: Translator, cost: CostTotal): string {
  const base = t.money(cost.annualCost);
  return cost.appsWithoutCost ? `${base} (${t.t('metric.noCost', { apps: cost.appsWithoutCost })})` : base;
}

export function appsById(analysis: Analysis): Map<string, AnalyzedApplication> {
  return new Map(analysis.applications.map((a) => [a.appId, a]));
}

/** A decision's target for people: the platform name, or the survivor's name and id for a merge. */
export function targetText(action: Action, target: string, byId: ReadonlyMap<string, AnalyzedApplication>): string {
  if (action !== 'merge') return target;
  const survivor = byId.get(target);
  return survivor ? `${survivor.name} (${survivor.appId})` : target;
}

export function redirectHome(t: Translator, r: Redirect): string {
  return r.homeKind === 'archive' ? t.t('redirect.archive') : r.newHome;
}
