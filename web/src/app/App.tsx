import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider } from '../auth/AuthContext';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { Loading } from '../components/Loading';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Each page loads on first visit, so the map, chart and graph libraries come only with the pages using them.
const OverviewPage = lazy(() =>
  import('../pages/overview/OverviewPage').then((module) => ({ default: module.OverviewPage })),
);
const AlertsPage = lazy(() =>
  import('../pages/alerts/AlertsPage').then((module) => ({ default: module.AlertsPage })),
);
const AlertPage = lazy(() =>
  import('../pages/alert/AlertPage').then((module) => ({ default: module.AlertPage })),
);
const EntityPage = lazy(() =>
  import('../pages/entity/EntityPage').then((module) => ({ default: module.EntityPage })),
);
const SubjectPage = lazy(() =>
  import('../pages/entity/SubjectPage').then((module) => ({ default: module.SubjectPage })),
);
const SearchPage = lazy(() =>
  import('../pages/entity/SearchPage').then((module) => ({ default: module.SearchPage })),
);
const RightPage = lazy(() =>
  import('../pages/right/RightPage').then((module) => ({ default: module.RightPage })),
);
const DataPage = lazy(() =>
  import('../pages/data/DataPage').then((module) => ({ default: module.DataPage })),
);
const NodesPage = lazy(() =>
  import('../pages/nodes/NodesPage').then((module) => ({ default: module.NodesPage })),
);
const RevealPage = lazy(() =>
  import('../pages/reveal/RevealPage').then((module) => ({ default: module.RevealPage })),
);
const RulesPage = lazy(() =>
  import('../pages/rules/RulesPage').then((module) => ({ default: module.RulesPage })),
);

/** The application: routes, each signed-in page inside the layout. */
export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <Layout />
                </RequireAuth>
              }
            >
              <Route index element={<OverviewPage />} />
              <Route path="alerts" element={<AlertsPage />} />
              <Route path="alerts/:id" element={<AlertPage />} />
              <Route path="entities/:id" element={<EntityPage />} />
              <Route path="subjects/:identifier" element={<SubjectPage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="rights/:id" element={<RightPage />} />
              <Route path="data" element={<DataPage />} />
              <Route path="rules" element={<RulesPage />} />
              <Route path="nodes" element={<NodesPage />} />
              <Route path="reveals" element={<RevealPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </AuthProvider>
    </BrowserRouter>
  );
}
