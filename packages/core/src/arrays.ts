/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as an argument,
 * and past about 100,000 of them (a long YAML scalar's characters, a plan's findings) that overflows
 * the stack: input-sized arrays are appended with this instead (eslint.config.js forbids the spread).
 */
export function appendAll<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}
