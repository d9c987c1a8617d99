/**
 * Whose account a phone is about to join, shown before anything is claimed (SECURITY.md row 6):
 * enough for the holder to recognise their own name, not enough to read someone else's.
 * 'Marie Schmit' → 'M**** S*****'.
 */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const [first = '', ...rest] = Array.from(word);
      return first + '*'.repeat(rest.length);
    })
    .join(' ');
}
