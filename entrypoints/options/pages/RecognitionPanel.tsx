// Settings: opt in to recognising library pages on load (badge and highlights), with the site access that needs.
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import {
  clearAllTabs,
  hasHostAccess,
  onHostAccessChanged,
  readRecognitionSetting,
  releaseHostAccess,
  requestHostAccess,
  saveRecognitionSetting,
} from '../../../lib/browser';
import { originsFor, parseSiteList, type RecognitionSetting } from '../../../lib/page-recognition';

/** The stored setting and whether the browser grants what it needs right now: the truth the panel shows. */
interface RecognitionState {
  setting: RecognitionSetting;
  granted: boolean;
}

async function readState(): Promise<RecognitionState> {
  const setting = await readRecognitionSetting();
  return { setting, granted: setting.enabled && (await hasHostAccess(originsFor(setting))) };
}

/** The "Recognise library pages" section of the settings page. */
export function RecognitionPanel() {
  const [state, setState] = useState<RecognitionState>();
  const [scope, setScope] = useState<'all' | 'sites'>('sites');
  const [sitesText, setSitesText] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'warning' | 'danger'; text: string }>();

  const refresh = () =>
    readState().then((next) => {
      setState(next);
      if (next.setting.sites === 'all') setScope('all');
      else if (next.setting.sites.length) setSitesText(next.setting.sites.join('\n'));
    });
  useEffect(() => {
    void refresh();
    return onHostAccessChanged(() => void refresh());
  }, []);
  if (!state) return null;
  const on = state.granted;

  function turnOn() {
    const parsed = parseSiteList(sitesText);
    if (scope === 'sites' && (parsed.invalid.length || !parsed.sites.length)) {
      setMessage({
        tone: 'danger',
        text: parsed.invalid.length
          ? `These are not site names: ${parsed.invalid.join(', ')}.`
          : 'Write at least one site, such as pubmed.ncbi.nlm.nih.gov.',
      });
      return;
    }
    const next: RecognitionSetting = { enabled: true, sites: scope === 'all' ? 'all' : parsed.sites };
    const previous = state!.setting;
    // The browser asks the user; the request must come straight from the click.
    void requestHostAccess(originsFor(next)).then(
      async (granted) => {
        if (!granted) {
          setMessage({
            tone: 'warning',
            text: 'The browser did not give Liaison access, so recognition stays off.',
          });
          return;
        }
        await saveRecognitionSetting(next);
        const stale = originsFor(previous).filter((o) => !originsFor(next).includes(o));
        if (stale.length) await releaseHostAccess(stale);
        setMessage({
          tone: 'success',
          text: 'On. Pages of your library on these sites show their highlights when they load.',
        });
        await refresh();
      },
      (error: unknown) =>
        setMessage({ tone: 'danger', text: error instanceof Error ? error.message : String(error) }),
    );
  }

  async function turnOff() {
    const setting = state!.setting;
    await saveRecognitionSetting({ ...setting, enabled: false });
    await releaseHostAccess(originsFor(setting));
    await clearAllTabs();
    setMessage({ tone: 'success', text: 'Off. Liaison reads a page again only when you ask it to.' });
    await refresh();
  }

  const wasRevoked = state.setting.enabled && !state.granted;
  const sitesLabel = state.setting.sites === 'all' ? 'all sites' : state.setting.sites.join(', ');
  return (
    <section
      class="detail-section settings-section"
      aria-labelledby="recognition-title"
      data-testid="recognition-settings"
    >
      <h2 id="recognition-title">Recognise library pages</h2>
      <p class="muted">
        Off by default: Liaison reads a page only when you click its button, its menu or its shortcut. When
        this is on, opening a page that is in your library shows the number of its highlights on the Liaison
        button and paints them on the page. The browser asks you to let Liaison read the sites you choose;
        nothing leaves your computer.
      </p>
      <p data-testid="recognition-status" role="status">
        <strong>{on ? `On for ${sitesLabel}` : 'Off'}</strong>
        {wasRevoked && ' (access to these sites was removed in the browser, so recognition was turned off)'}
      </p>
      {message && <Banner tone={message.tone} title={message.text} />}
      <fieldset class="recognition-scope" disabled={on}>
        <legend class="chip-input-label">Where</legend>
        <label>
          <input
            type="radio"
            name="recognition-scope"
            checked={scope === 'sites'}
            onChange={() => setScope('sites')}
          />{' '}
          Only these sites
        </label>
        <textarea
          aria-label="Sites to recognise, each on its own line"
          rows={4}
          placeholder={'pubmed.ncbi.nlm.nih.gov\nwww.nejm.org\n*.thelancet.com'}
          value={sitesText}
          disabled={scope !== 'sites' || on}
          onInput={(e) => setSitesText(e.currentTarget.value)}
        />
        <label>
          <input
            type="radio"
            name="recognition-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />{' '}
          All sites
        </label>
      </fieldset>
      <div class="form-actions">
        {on ? (
          <button type="button" class="btn" onClick={() => void turnOff()}>
            Turn off
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={turnOn}>
            Turn on…
          </button>
        )}
      </div>
    </section>
  );
}
