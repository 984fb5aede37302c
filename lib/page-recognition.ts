// The opt-in "recognise library pages" setting: which sites, the host permissions that needs, parsing the user's list.

/** Off by default; on for every site or for the sites the user chose. */
export interface RecognitionSetting {
  enabled: boolean;
  /** 'all', or host names such as "pubmed.ncbi.nlm.nih.gov" and "*.nejm.org". */
  sites: 'all' | string[];
}

/** The setting before the user has chosen anything: off. */
export const RECOGNITION_OFF: RecognitionSetting = { enabled: false, sites: [] };

/** The one optional host permission the manifest declares; every request is a part of it. */
export const ALL_SITES_ORIGIN = '*://*/*';

const HOST = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$|^localhost$|^\d{1,3}(\.\d{1,3}){3}$/;

/** A stored value as a setting; anything malformed reads as off. */
export function toRecognitionSetting(value: unknown): RecognitionSetting {
  if (value === null || typeof value !== 'object') return RECOGNITION_OFF;
  const { enabled, sites } = value as Record<string, unknown>;
  const list =
    sites === 'all'
      ? 'all'
      : Array.isArray(sites)
        ? sites.filter((s): s is string => typeof s === 'string' && HOST.test(s))
        : [];
  return { enabled: enabled === true && (list === 'all' || list.length > 0), sites: list };
}

/** The host permissions a setting needs (match patterns within `ALL_SITES_ORIGIN`). */
export function originsFor(setting: Pick<RecognitionSetting, 'sites'>): string[] {
  return setting.sites === 'all' ? [ALL_SITES_ORIGIN] : setting.sites.map((host) => `*://${host}/*`);
}

/** The permission pattern of one page's own site, to ask whether recognition may run there. */
export function originOfPage(url: string | undefined): string | undefined {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the user's list of sites, one per line or separated by commas: "nejm.org", "https://www.nejm.org/doi/x",
 * "*.nejm.org". Returns the host names and what could not be read.
 */
export function parseSiteList(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const entry of text
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    let host = entry.toLowerCase();
    if (/^[a-z]+:\/\//.test(host)) {
      try {
        host = new URL(host).hostname;
      } catch {
        invalid.push(entry);
        continue;
      }
    } else host = host.split('/')[0]!;
    if (HOST.test(host)) sites.push(host);
    else invalid.push(entry);
  }
  return { sites: [...new Set(sites)], invalid };
}

/** What keeping the setting true to the browser's permissions needs; passed in so tests can give fakes. */
export interface RecognitionSync {
  read: () => Promise<RecognitionSetting>;
  save: (setting: RecognitionSetting) => Promise<void>;
  hasAccess: (origins: string[]) => Promise<boolean>;
  /** Clears badges and paint in every tab. */
  clearTabs: () => Promise<void>;
}

/**
 * After a permission was revoked (in the browser's settings or ours): a setting whose sites are no longer
 * all granted is turned off, with its badges and paint, so that it never claims to be on when it cannot run.
 * Returns true when it turned the setting off.
 */
export async function turnOffIfAccessLost(sync: RecognitionSync): Promise<boolean> {
  const setting = await sync.read();
  if (!setting.enabled || (await sync.hasAccess(originsFor(setting)))) return false;
  await sync.save({ ...setting, enabled: false });
  await sync.clearTabs();
  return true;
}
