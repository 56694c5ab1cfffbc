// IBAN and BIC through ibantools (maintained; ISO 13616 checksums and per-country BBAN formats from
// the SWIFT IBAN registry, ISO 9362 for BIC). Stored in electronic form: upper case, no spaces.
import { electronicFormatIBAN, validateBIC, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { invalid, valid, type ValueCheck } from './problems';

export function checkIban(raw: string): ValueCheck {
  const iban = electronicFormatIBAN(raw) ?? '';
  const result = validateIBAN(iban);
  if (result.valid) return valid(iban);
  const errors = result.errorCodes;
  if (errors.includes(ValidationErrorsIBAN.NoIBANCountry)) return invalid('iban-country');
  if (errors.includes(ValidationErrorsIBAN.WrongBBANLength)) return invalid('iban-length', { country: iban.slice(0, 2) });
  if (errors.includes(ValidationErrorsIBAN.WrongIBANChecksum) || errors.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return invalid('iban-checksum');
  }
  return invalid('iban-format');
}

export function checkBic(raw: string): ValueCheck {
  const bic = raw.replace(/\s+/g, '').toUpperCase();
  return validateBIC(bic).valid ? valid(bic) : invalid('bic-format');
}
