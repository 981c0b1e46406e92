// Names what a reader assembled in the lab: the first recipe of content/data/recipes.json (the one list of
// named combinations) whose every given component matches, or nothing.
import type { LabChoice } from './compose';

export interface Recipe {
  name: string;
  href: string;
  note?: string;
  match: Partial<Record<'algorithm' | 'data' | 'feedback' | 'model', string[]>>;
}

export function nameRecipe(
  recipes: Recipe[],
  choice: Pick<LabChoice, 'algorithm' | 'data' | 'feedback' | 'model'>,
): Recipe | undefined {
  return recipes.find((r) =>
    Object.entries(r.match).every(([k, allowed]) => allowed!.includes(choice[k as keyof typeof choice])),
  );
}
