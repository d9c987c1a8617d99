/**
 * The account holder's name as the phone shows it before claiming a code: enough for the citizen to
 * recognise their own account (the defence against a relayed QR, SECURITY.md row 6), not enough to
 * learn a stranger's full name from a photographed code. "Marie Schmit" → "Ma••• Sc•••".
 */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const letters = [...part];
      return letters.length <= 2 ? `${letters[0]}•` : `${letters.slice(0, 2).join('')}•••`;
    })
    .join(' ');
}
