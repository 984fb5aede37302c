// Check-digit and range rules that tell a real card, bank or social security number from a number of the same shape.

/** Whether a 13-19 digit number passes the Luhn check that payment cards carry; most random numbers do not. */
export function isLuhnValid(digits: string): boolean {
  const only = digits.replace(/\D/g, '');
  if (only.length < 13 || only.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < only.length; i++) {
    let d = Number(only[only.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a string is an IBAN with a valid ISO 13616 check (mod 97 = 1), so a gene or catalogue code of that shape is not reported. */
export function isIbanValid(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * Whether AAA-GG-SSSS could be a US social security number or an ITIN (area 9xx, issued by the IRS to people without an SSN,
 * and just as identifying): area 000 and 666, group 00 and serial 0000 are never issued.
 */
export function isPlausibleSsn(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
