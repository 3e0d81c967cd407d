// Types of generate.mjs for the TypeScript tests that validate its corpus.
export interface Random {
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
}
export function createRandom(seed: number): Random;
export function generateEvent(random: Random, index: number): Record<string, unknown>;
export function generateActor(random: Random, index: number): Record<string, unknown>;
export function generateCorpus(
  count: number,
  seed?: number,
): { events: Record<string, unknown>[]; actors: Record<string, unknown>[] };
