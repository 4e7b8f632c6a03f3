import model from "../data/partner-model.json" with { type: "json" };

// The partner decision: a logistic model over a candidate's features (its cue, the cue words around it, what kind
// of name it is, where it stands), weights fitted by tests/fit-partner-model.ts on the real-news rounds and the
// project's corpora. The threshold chosen in that fit is folded into the bias, so a candidate is a party at 0.5 and
// above; what the rules know speaks against a candidate (a rival, a customer, an earlier deal) still vetoes it.

const weights = new Map(Object.entries(model.weights as Record<string, number>));

/** A candidate is a party at this confidence and above. */
export const PARTNER_THRESHOLD = 0.5;

/** The model's confidence that a candidate with these features is a party to the story's deal. */
export function partnerConfidence(features: readonly string[], w: ReadonlyMap<string, number> = weights): number {
  let z = w.get("bias") ?? 0;
  for (const f of features) z += w.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the rules' evidence against a candidate ("against:rival", ...) rules it out whatever the model says. */
export const vetoed = (features: readonly string[]): boolean => features.some((f) => f.startsWith("against:"));
