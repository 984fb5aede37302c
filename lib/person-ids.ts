// Checks the identifiers of a person: ORCID iD (ISO 7064 11,2 check digit) and US NPI (Luhn with prefix 80840).

/** An ORCID iD in its bare form (0000-0002-1825-0097) when valid, whatever form it was typed in. */
export function normalizeOrcid(input: string): string | undefined {
  const compact = input
    .trim()
    .replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (!/^\d{15}[\dX]$/.test(compact)) return undefined;
  let total = 0;
  for (const digit of compact.slice(0, 15)) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  const check = result === 10 ? 'X' : String(result);
  if (check !== compact[15]) return undefined;
  return compact.match(/.{4}/g)?.join('-');
}

/** A 10-digit NPI when its check digit is right (Luhn over "80840" + the first nine digits). */
export function normalizeNpi(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return undefined;
  const payload = `80840${digits.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return String(check) === digits[9] ? digits : undefined;
}
