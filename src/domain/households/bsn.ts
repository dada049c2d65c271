/**
 * Checks a Dutch citizen service number (BSN) with the "elfproef": 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not 000000000.
 * Source: Logius, Basisregistratie Personen — Logisch Ontwerp BRP, BSN-elfproef.
 * @example isValidBsn("111222333") // true
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Removes the spaces and dots people type in a BSN ("1234.56.782"). */
export const normaliseBsn = (value: string): string => value.replace(/[\s.]/g, "");
