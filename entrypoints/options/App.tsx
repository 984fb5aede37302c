// The options page: the full Liaison app, hash-routed between the library and a source's detail view.
import { useEffect, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { parseRoute, type Route } from '../../lib/route';
import { AreaPage } from './pages/AreaPage';
import { AreasPage } from './pages/AreasPage';
import { BriefingPage } from './pages/BriefingPage';
import { KolFormPage } from './pages/KolFormPage';
import { KolPage } from './pages/KolPage';
import { KolsPage } from './pages/KolsPage';
import { LibraryPage } from './pages/LibraryPage';
import { SettingsPage } from './pages/SettingsPage';
import { SourcePage } from './pages/SourcePage';

/** Which navigation section each route belongs to. */
const SECTIONS: { label: string; hash: string; routes: Route['name'][] }[] = [
  { label: 'Library', hash: '#/', routes: ['library', 'source'] },
  { label: 'KOLs', hash: '#/kols', routes: ['kols', 'kol', 'kol-new', 'kol-edit'] },
  { label: 'Therapeutic areas', hash: '#/areas', routes: ['areas', 'area'] },
  { label: 'Briefings', hash: '#/briefing', routes: ['briefing', 'briefing-kol'] },
  { label: 'Settings', hash: '#/settings', routes: ['settings'] },
];

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this effect: catch up with it.
    setRoute(parseRoute(location.hash));
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The app shell: brand, navigation and the current page. */
export function App() {
  const route = useRoute();
  return (
    <div class="app">
      <header class="app-bar">
        <a class="app-brand" href="#/">
          <img src="/icon/32.png" alt="" width={22} height={22} />
          Liaison
        </a>
        <nav aria-label="Main">
          {SECTIONS.map((section) => (
            <a
              key={section.hash}
              class="app-nav-link"
              href={section.hash}
              aria-current={section.routes.includes(route.name) ? 'page' : undefined}
            >
              {section.label}
            </a>
          ))}
        </nav>
        <span class="app-bar-note">Stored only in this browser</span>
      </header>
      <main class="app-main">
        {route.name === 'library' && <LibraryPage />}
        {route.name === 'source' && <SourcePage id={route.id} />}
        {route.name === 'kols' && <KolsPage />}
        {route.name === 'kol-new' && <KolFormPage />}
        {route.name === 'kol-edit' && <KolFormPage id={route.id} />}
        {route.name === 'kol' && <KolPage id={route.id} />}
        {route.name === 'areas' && <AreasPage />}
        {route.name === 'area' && <AreaPage id={route.id} />}
        {(route.name === 'briefing' || route.name === 'briefing-kol') && (
          <BriefingPage kolId={route.name === 'briefing-kol' ? route.id : undefined} />
        )}
        {route.name === 'settings' && <SettingsPage />}
        {route.name === 'not-found' && (
          <EmptyState title="Page not found">
            There is nothing at this address. <a href="#/">Go to the library</a>.
          </EmptyState>
        )}
      </main>
    </div>
  );
}
