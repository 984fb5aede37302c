// Patient-identifier detectors for the Safe Harbor numbers that need a label to be told apart: licences, vehicles, devices, web and national ids.
import { REMOVE, hasDigits, type IdentifierDetector } from './detector-parts';

const ID_VALUE = '(?<value>[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])|\\s(?=\\d)){3,30})';

/** The detectors of labelled numbers, IP addresses and web addresses. */
export const OTHER_ID_DETECTORS: readonly IdentifierDetector[] = [
  {
    category: 'licence or certificate number',
    pattern: new RegExp(
      `\\b(?:(?:driver['’]?s|driving|drivers|DL|firearms?|marriage|birth|death|pilot['’]?s)?\\s*(?:licen[cs]e|certificate|cert\\.?|permit|passport)[\\s(]*(?:number|no\\.?|#|ID)?|(?:DL|CDL)\\s*(?:no\\.?|#)?)[\\s:#.]*${ID_VALUE}\\b`,
      'gi',
    ),
    message: `This looks like a licence, certificate or passport number. ${REMOVE}`,
    isValid: hasDigits(4),
    isContact: true,
    assumePatient: true,
  },
  {
    category: 'vehicle identifier',
    pattern:
      /\b(?:(?:licen[cs]e|number|reg(?:istration)?|car|vehicle)\s+plate(?:\s*(?:number|no\.?|#))?|plate\s*(?:number|no\.?|#)|VIN|vehicle\s+(?:ID|identification\s+number|registration|reg\.?)|(?:car|scooter|motorbike|motorcycle|bike|van|truck|lorry|taxi)\s*\(?\s*(?:reg(?:istration)?(?:\s*(?:number|no\.?))?)?|rego|reg(?!\s*(?:no|number|n°)))(?![a-z])\s*[:#.]?\s*(?<value>[A-Z0-9](?:[A-Z0-9]|[\s-](?=[A-Z0-9])){2,16}[A-Z0-9])\b/gi,
    message: `This looks like a vehicle number plate or VIN. ${REMOVE}`,
    isValid: (value) => /\d/.test(value) && /[A-Za-z]/.test(value) && value.replace(/\W/g, '').length >= 5,
    isContact: true,
    assumePatient: true,
  },
  {
    category: 'device identifier',
    pattern:
      /\b(?:serial\s*(?:number|no\.?|#)?|S\/N|SN|device\s+(?:ID|identifier|serial|number|no\.?)|UDI(?:-DI)?|IMEI|(?:pump|pacemaker|ICD|implant|monitor|sensor|CGM|meter|pen|inhaler)\s+(?:ID|serial|S\/N|SN|number|no\.?))\s*[:#.]?\s*(?<value>[A-Z0-9()][A-Z0-9()./-]{3,40}[A-Z0-9])\b/gi,
    message: `This looks like a device identifier or serial number. ${REMOVE}`,
    isValid: hasDigits(3),
    isContact: true,
    assumePatient: true,
  },
  {
    category: 'IP address',
    pattern:
      /(?<![\d.])(?<value>(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.]*\d)/g,
    message: `This looks like an IP address tied to a patient. ${REMOVE}`,
    isContact: true,
  },
  {
    category: 'web address',
    pattern:
      /(?<value>\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)]|\b(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|gofundme|justgiving|reddit)\.com\/[^\s<>"]+[^\s<>".,;:!?)]|(?<![\w.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@]))/gi,
    message: `This looks like a web address or social media handle tied to a patient. ${REMOVE}`,
    isContact: true,
  },
  {
    category: 'social security number',
    // National insurance numbers in other countries: France's NIR ("n° sécu 1 58 07 69 123 456 78"), Canada's SIN.
    pattern:
      /(?:\bn°\s*(?:de\s+)?s[ée]cu(?:rit[ée]\s+sociale)?|\bnum[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|\bsocial\s+insurance\s+(?:number|no\.?)|\bNIR|\bSIN)\s*[:#.]?\s*(?<value>\d(?:[\s.-]?\d){8,14})/gi,
    message: `This looks like a social security or national insurance number. ${REMOVE}`,
  },
  {
    category: 'other identifying number',
    // Labels are matched with their case: "PAN" is a tax id, "pan" is in "pancreatitis".
    pattern:
      /\b(?:Aadhaa?r|AADHAAR|CPF|RG|My\s+Number|Kojin\s+Bang[oō]|ID(?=\s*(?:[Nn]o\.?|[Nn]umber|#|:)?\s*\d{8})|PPSN?|PPS\s*(?:[Nn]o\.?|[Nn]umber)|[Nn]ational\s+(?:[Ii]nsurance|ID|[Ii]dentity|[Hh]ealth)(?:\s+(?:[Nn]umber|[Nn]o\.?|[Cc]ard))?|NI\s*(?:[Nn]umber|[Nn]o\.?)|SIN|NIR|BSN|[Pp]ersonnummer|CPR|NRIC|PAN|ABHA|[Ee]mployee\s+(?:ID|[Nn]umber|[Nn]o\.?)|[Ss]tudent\s+(?:ID|[Nn]umber)|[Cc]ustomer\s+(?:ID|[Nn]umber|[Nn]o\.?)|[Uu]sername|[Uu]ser\s+ID|[Ll]ogin|[Pp]ortal\s+(?:ID|[Uu]sername|[Ll]ogin))(?:\s*(?:[Nn]umber|[Nn]o\.?|#|ID))?\s*[:#.]?\s*(?<value>[A-Za-z0-9][\w./@-]{1,30}(?:[ -](?:\d[\dA-Z]{0,5}|[A-Z])(?![\w]{2})){0,5})/g,
    message: `This looks like a personal identifying number. ${REMOVE}`,
    isContact: true,
    assumePatient: true,
  },
];
