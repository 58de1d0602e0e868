/** Length in characters as main counts text a person sees: Unicode code points, not UTF-16 units. */
export const characterCount = (text: string): number => [...text].length

/**
 * Text cut to `max` characters, counted as main counts them (Unicode code points: 🍰 is one). An input's `maxLength`
 * counts UTF-16 units instead, so it would stop at half the limit in emoji, and could cut one in two.
 */
export function upToCharacters(text: string, max: number): string {
  return characterCount(text) <= max ? text : [...text].slice(0, max).join('')
}
