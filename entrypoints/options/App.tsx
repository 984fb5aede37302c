// The options page: the full Liaison app, hash-routed between the library and a source's detail view.
import { useEffect, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { parseRoute, type Route } from '../../lib/route';
import { LibraryPage } from './pages/LibraryPage';
import { SourcePage } from './pages/SourcePage';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
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
          <a class="app-nav-link" href="#/" aria-current={route.name !== 'not-found' ? 'page' : undefined}>Library</a>
        </nav>
        <span class="app-bar-note">Stored only in this browser</span>
      </header>
      <main class="app-main">
        {route.name === 'library' && <LibraryPage />}
        {route.name === 'source' && <SourcePage id={route.id} />}
        {route.name === 'not-found' && (
          <EmptyState title="Page not found">
            There is nothing at this address. <a href="#/">Go to the library</a>.
          </EmptyState>
        )}
      </main>
    </div>
  );
}
