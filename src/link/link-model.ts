import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';

function levels<const K extends readonly string[]>(names: K) {
  return z.object(Object.fromEntries(names.map((n) => [n, z.number()])) as { [P in K[number]]: z.ZodNumber }).strict();
}

export const LinkModelSchema = z
  .object({
    threshold: z.number(),
    /** Pairs this far below the threshold keep their evidence as near misses for review. */
    reviewMargin: z.number().min(0),
    signals: z
      .object({
        url: levels(['same_url', 'same_host', 'different_host', 'missing']),
        name: levels(['exact', 'acronym', 'contained', 'close', 'similar', 'weak', 'different', 'missing']),
        unit: levels(['same', 'different', 'missing']),
        description: levels(['same', 'similar', 'different', 'missing']),
        dataElements: levels(['overlap_high', 'overlap_some', 'disjoint', 'missing']),
        function: levels(['same', 'different', 'unknown']),
        year: levels(['same', 'close', 'different', 'missing']),
        cost: levels(['same', 'close', 'different', 'missing']),
        platforms: levels(['same', 'contained', 'different', 'missing']),
        status: levels(['same', 'different', 'conflict', 'missing']),
        source: levels(['same_file', 'different_file']),
      })
      .strict(),
    levels: z
      .object({
        nameClose: z.number(),
        nameSimilar: z.number(),
        nameWeak: z.number(),
        descriptionSame: z.number(),
        descriptionSimilar: z.number(),
        descriptionDifferent: z.number(),
        elementsHigh: z.number(),
        /** Smaller over larger annual cost at or above which two costs are close. */
        costClose: z.number().min(0).max(1),
      })
      .strict(),
    training: z.object({ em: z.boolean(), iterations: z.number().int().min(1).max(50), minPairs: z.number().int().min(1), settleTolerance: z.number().min(0).max(1) }).strict(),
    blocking: z
      .object({
        maxTokenBlockSize: z.number().int().min(2),
        maxBlockSize: z.number().int().min(2),
        minTokenLength: z.number().int().min(1),
        allPairsUpTo: z.number().int().min(2),
        window: z.number().int().min(1),
      })
      .strict(),
  })
  .strict();

export type LinkModel = z.infer<typeof LinkModelSchema>;

/** Every comparison signal, in the order links.csv lists them. */
export const LINK_SIGNALS = Object.keys(LinkModelSchema.shape.signals.shape) as (keyof LinkModel['signals'])[];

export function loadLinkModel(): LinkModel {
  return loadKnowledge('link-model.yaml', LinkModelSchema);
}
