import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';

const FieldWeights = z.object({
  keywords: z.number(),
  acronyms: z.number(),
  related: z.number(),
  units: z.number(),
  exclude: z.number(),
}).strict();

export const FunctionModelSchema = z
  .object({
    evidence: z
      .object({
        fields: z.object({ name: FieldWeights, description: FieldWeights, address: FieldWeights, unit: FieldWeights, category: FieldWeights }).strict(),
        dataElement: z.number(),
        dataElementCap: z.number(),
        /** Different related phrases of one function in the app's own words that name the function as a keyword would. */
        relatedToName: z.number().int().min(2),
        officeSite: z.object({ function: z.string().min(1), weight: z.number() }).strict(),
      })
      .strict(),
    seeding: z.object({ minScore: z.number(), ratio: z.number().min(1) }).strict(),
    combine: z
      .object({ keywordWeight: z.number(), contextWeight: z.number(), keywordCap: z.number().positive(), rounds: z.number().int().min(1), supportPrior: z.number().min(0) })
      .strict(),
    novelty: z
      .object({ minCosine: z.number(), minTextCosine: z.number(), proposalMinCosine: z.number(), proposalWeakEvidence: z.number(), proposalWeakCosine: z.number(), clusterCosine: z.number() })
      .strict(),
    features: z
      .object({ name: z.number(), description: z.number(), address: z.number(), unit: z.number(), element: z.number(), category: z.number() })
      .strict(),
  })
  .strict();

export type FunctionModel = z.infer<typeof FunctionModelSchema>;
export type EvidenceField = keyof FunctionModel['evidence']['fields'];
export type PhraseKind = keyof FunctionModel['evidence']['fields']['name'];

export function loadFunctionModel(): FunctionModel {
  return loadKnowledge('function-model.yaml', FunctionModelSchema);
}
