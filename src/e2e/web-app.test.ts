import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { builtinRulebook, SHARING_PURPOSE_LABELS } from '@veta/standard';
import { hashPassword } from '../access/passwords.js';
import { builtinCatalogue } from '../detect/catalogue/catalogue.js';
import { DEMO_CREDENTIALS } from '../demo/demo-user.js';
import { nextStep } from '../rules/next-step.js';
import { strictestWhatIf } from '../rules/strictest-what-if.js';
import { hubWithReportedPeer } from '../federation/testing/reported-peer.js';
import { answerKeyOf, sealIdentity } from '../federation/reveal/sealed-identity.js';
import { revealRepository } from '../store/federation/reveal-repository.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { userRepository } from '../store/users/user-repository.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';
import { eventually, horizontalOverflow, screenshot, unnamedControls } from './page-checks.js';
import { reinfoUpload } from './upload-file.js';

/** The Spanish names of the parts records play in evidence, as the web app shows them. */
const SPANISH_ROLES = (
  JSON.parse(readFileSync(new URL('../../web/src/i18n/es.json', import.meta.url), 'utf8')) as {
    evidenceRole: Record<string, string>;
  }
).evidenceRole;

// The browser tests build the demo region once per engine (a minute or two) and walk the app as an
// analyst would, in order: each step starts where the previous one left the browser. With
// DATABASE_URL set, CI has already run them on PGlite, so that run drives PostgreSQL only.
describeEachEngine('web application in headless Chromium', (engine) => {
  const skip =
    process.env.DATABASE_URL !== undefined && engine.engine === 'pglite'
      ? 'covered by the run without DATABASE_URL'
      : false;
  let server: DemoServer;
  // The hub's reveal key: identities come back sealed to it, and the app opens them for the requester.
  const revealKey = generateKeyPairSync('x25519').privateKey;
  let browser: TestBrowser;
  let page: Page;
  const errors: string[] = [];

  before(
    async () => {
      if (skip !== false) return;
      server = await startDemoServer(await engine.open(), { revealKey });
      browser = await launchBrowser();
      page = browser.page;
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        // No request may leave the app: no tiles, fonts or glyphs from elsewhere.
        if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) {
          errors.push(`request outside the app: ${request.url()}`);
        }
      });
    },
    { timeout: 600_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const at = (path: string) => `${server.url}${path}`;

  async function assertNamed(where: string) {
    assert.deepEqual(await unnamedControls(page), [], `controls without a name on ${where}`);
  }

  async function atWidth(width: number, name: string) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400);
    assert.equal(await horizontalOverflow(page), 0, `${name} overflows sideways at ${width} px`);
    await screenshot(page, `${name}-${width}`);
  }

  it(
    'sends a visitor to the login page and signs them in from the keyboard, in Spanish',
    { skip },
    async () => {
      await page.goto(at('/'));
      await page.waitForURL(/\/login/);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
      await assertNamed('the login page');
      await screenshot(page, 'login-1280');
      // The username field has the focus; Tab moves to the password, Enter submits.
      await page.keyboard.type(DEMO_CREDENTIALS.username);
      await page.keyboard.press('Tab');
      await page.keyboard.type(DEMO_CREDENTIALS.password);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Resumen regional' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/');
    },
  );

  it(
    'shows the overview: key figures, the region map, the reconciliation, the riskiest subjects',
    { skip },
    async () => {
      const figures = page.getByRole('region', { name: 'Cifras clave' });
      await figures.getByText('Alertas sin resolver', { exact: true }).waitFor();
      const open = Number((await figures.locator('.figure__value').first().innerText()).replace(/\D/g, ''));
      assert.ok(open > 0, `the demo has open alerts (${open})`);
      // A severity's count leads to the queue of exactly those alerts: unresolved, that severity.
      const high = figures.getByRole('link', { name: /^Alta: / });
      assert.match((await high.getAttribute('href')) ?? '', /\/alerts\?status=unresolved&severity=high$/);
      await page.locator('.map__canvas[data-drawn]').waitFor();
      await page
        .getByRole('img', { name: /Gráfico mensual de producción/ })
        .locator('svg')
        .waitFor();
      await page.getByRole('heading', { name: 'Entidades de mayor riesgo' }).waitFor();
      // Skip link first: a keyboard user reaches the content without crossing the header.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate('document.activeElement.textContent'), 'Saltar al contenido');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate('document.activeElement.id'), 'main');
      await assertNamed('the overview');
      await page.waitForTimeout(1500);
      await atWidth(1280, 'overview');
      await atWidth(768, 'overview');
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  );

  it(
    'filters the alert queue by severity and typology and keeps the filters in the address',
    { skip },
    async () => {
      await page.getByRole('link', { name: 'Alertas', exact: true }).click();
      await page.getByRole('heading', { name: 'Alertas' }).waitFor();
      const queue = page.getByRole('table', { name: 'Cola de alertas' });
      await queue.waitFor();
      await page.getByLabel('Severidad').selectOption('high');
      await page.waitForURL(/severity=high/);
      await page.getByLabel('Tipología').selectOption('SHELL_COMPANY');
      await page.waitForURL(/typology=SHELL_COMPANY/);
      // Every row the queue shows, once it has answered the new filters: high, shell company.
      const rows = async () => ({
        badges: await queue.locator('tbody .badge').allInnerTexts(),
        typologies: await queue.locator('tbody td .muted').allInnerTexts(),
      });
      await eventually(async () => {
        const { typologies } = await rows();
        return typologies.length > 0 && typologies.every((name) => name === 'Empresa de fachada');
      }, 'the queue lists only shell-company alerts');
      const { badges } = await rows();
      assert.deepEqual([...new Set(badges.map((text) => text.toLowerCase()))], ['alta']);
      await assertNamed('the alert queue');
      await atWidth(1280, 'alerts');
      await atWidth(768, 'alerts');
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  );

  it('has a Spanish name for every part a record plays in the demo alerts’ evidence', { skip }, async () => {
    const rows = await server.app.db.query<{ role: string }>(
      `SELECT DISTINCT e ->> 'role' AS role FROM alert a, jsonb_array_elements(a.evidence) e ORDER BY 1`,
    );
    assert.ok(rows.length >= 10, `the demo's alerts name many parts (${rows.length})`);
    assert.deepEqual(
      rows.map((row) => row.role).filter((role) => !(role in SPANISH_ROLES)),
      [],
    );
  });

  it('opens an alert with its explanation and evidence naming source files and rows', { skip }, async () => {
    await page.locator('tbody a.strong-link').first().click();
    await page.waitForURL(/\/alerts\/ALR-/);
    await page.getByRole('heading', { name: 'Por qué se generó' }).waitFor();
    const evidence = page.getByRole('table', { name: 'Evidencia' });
    await evidence.waitFor();
    const firstRow = evidence.locator('tbody tr').first();
    assert.match(await firstRow.innerText(), /\.(csv|xlsx|geojson|txt)[\s\S]*fila \d/);
    const role = await firstRow.locator('td').first().locator('.muted').innerText();
    assert.ok(Object.values(SPANISH_ROLES).includes(role), `the record's part is named in Spanish: ${role}`);
    // The next step shown is the one the rulebook gives the alert's country, typology and period,
    // in the reader's language.
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const [stored] = await server.app.db.query<{
      typology: string;
      country: string | null;
      start: string;
      end: string;
    }>(
      'SELECT typology, country, period_start::text AS start, period_end::text AS "end" FROM alert_episode WHERE id = $1',
      [id],
    );
    assert.ok(stored, id);
    const { start, end, ...alert } = stored;
    const expected = nextStep({ ...alert, period: { start, end } }, builtinRulebook(), builtinCatalogue());
    const shownSteps = async (heading: string) =>
      page.getByRole('region', { name: heading }).getByRole('listitem').allInnerTexts();
    assert.deepEqual(
      await shownSteps('Siguiente paso'),
      expected.steps.map((step) => step.text.es),
    );
    assert.match(expected.steps[0]?.text.es ?? '', /remitir por la vía/);
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('heading', { name: 'Next step' }).waitFor();
      assert.deepEqual(
        await shownSteps('Next step'),
        expected.steps.map((step) => step.text.en),
      );
    } finally {
      await page.getByRole('button', { name: 'Español' }).click();
    }
    await page.getByRole('heading', { name: 'Siguiente paso' }).waitFor();
    // A supervisor gives the alert to someone the server offers: here, the demo user themself.
    const giveTo = page.getByLabel('Asignar a');
    await giveTo.locator(`option[value="${DEMO_CREDENTIALS.username}"]`).waitFor({ state: 'attached' });
    await giveTo.selectOption(DEMO_CREDENTIALS.username);
    await page.getByRole('button', { name: 'Asignar', exact: true }).click();
    await page.locator('dd', { hasText: DEMO_CREDENTIALS.username }).first().waitFor();
    await assertNamed('an alert');
    await screenshot(page, 'alert-1280');
  });

  it('lists episodes, each alert on request, and opens an episode with its alerts', { skip }, async () => {
    const [episode] = await server.app.db.query<{ id: string; alerts: number }>(
      'SELECT id, alerts FROM alert_episode WHERE alerts > 1 ORDER BY alerts DESC, id LIMIT 1',
    );
    assert.ok(episode, 'the demo has an episode of several alerts');
    const [{ episodes, alerts } = { episodes: 0, alerts: 0 }] = await server.app.db.query<{
      episodes: number;
      alerts: number;
    }>(
      'SELECT (SELECT count(*) FROM alert_episode)::integer AS episodes, (SELECT count(*) FROM alert)::integer AS alerts',
    );
    // The next step starts from the alert the previous one left open: come back to it at the end.
    const from = page.url();
    const count = page.locator('.page__head p[aria-live]');
    const number = (text: string) => Number(text.replace(/\D/g, ''));
    await page.goto(at('/alerts'));
    // The queue may first show the count of the filters the previous step left: wait for the
    // whole queue's, and say what it showed when it never comes.
    const counts = async (word: RegExp, expected: number): Promise<void> => {
      try {
        await eventually(
          async () => {
            const text = await count.innerText();
            return word.test(text) && number(text) === expected;
          },
          `the queue counts ${String(expected)} ${word.source}`,
        );
      } catch {
        assert.fail(`the queue shows "${await count.innerText()}", not ${String(expected)} ${word.source}`);
      }
    };
    await counts(/episodios/, episodes);
    // A click, not check(): the box is the address's, and the queue re-renders as the address
    // changes, so Playwright's own check of the box's state can read it before the change lands.
    await page.getByLabel('Mostrar cada alerta por separado').click();
    await page.waitForURL(/each=alert/);
    await eventually(
      () => page.getByLabel('Mostrar cada alerta por separado').isChecked(),
      'the box shows the choice the address holds',
    );
    await counts(/alertas/, alerts);

    await page.goto(at(`/alerts/${episode.id}`));
    const members = page.getByRole('region', { name: 'Alertas del episodio' }).getByRole('listitem');
    await members.first().waitFor();
    // A long episode's members arrive while the first are drawn: wait for them all.
    await eventually(
      async () => (await members.count()) === episode.alerts,
      `the episode lists its ${String(episode.alerts)} alerts (it shows ${String(await members.count())})`,
    );
    assert.match(
      await page.locator('.episode-note').innerText(),
      new RegExp(`Episodio de ${String(episode.alerts)} alertas`),
    );
    // An alert of the episode opens on its own and leads back to its episode, where it is triaged.
    await members.nth(1).getByRole('link').click();
    await page.waitForURL(/each=alert/);
    await page.getByRole('link', { name: /Parte de un episodio de/ }).click();
    await page.waitForURL(new RegExp(`/alerts/${episode.id}$`));
    await assertNamed('an episode');
    await page.goto(from);
    await page.getByRole('region', { name: 'Sujetos' }).waitFor();
  });

  it('follows a subject of the alert to the entity profile and expands its network', { skip }, async () => {
    const subjects = page.getByRole('region', { name: 'Sujetos' }).getByRole('link');
    const count = await subjects.count();
    let reached = false;
    for (let index = 0; index < count && !reached; index += 1) {
      await subjects.nth(index).click();
      await page.waitForURL(/\/(entities|rights|subjects)\//);
      await page.waitForURL(/\/(entities|rights)\//, { timeout: 10_000 }).catch(() => undefined);
      reached = /\/entities\//.test(page.url());
      if (!reached) await page.goBack();
    }
    assert.ok(reached, 'one of the subjects is an entity');
    await page.getByRole('heading', { name: 'Identidades en las fuentes' }).waitFor();
    const list = page.getByRole('list', { name: 'Nodos de la red' });
    await list.getByRole('listitem').first().waitFor();
    const nodesBefore = await list.getByRole('listitem').count();
    const expanded = list.getByRole('button', { name: /: expandido$/ });
    const expandedBefore = await expanded.count();
    const expand = list.getByRole('button', { name: /^Expandir / });
    assert.ok((await expand.count()) > 0, 'the network has a node to expand');
    await expand.first().click();
    // The clicked node turns expanded once its neighbours have been fetched and drawn.
    await expanded.nth(expandedBefore).waitFor();
    const nodesAfter = await list.getByRole('listitem').count();
    assert.ok(nodesAfter >= nodesBefore, `the network kept its ${nodesBefore} nodes (${nodesAfter})`);
    await assertNamed('an entity profile');
    await page.waitForTimeout(800);
    await atWidth(1280, 'entity');
    await atWidth(768, 'entity');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('switches to English and remembers the choice', { skip }, async () => {
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('link', { name: 'Overview' }).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.reload();
      await page.getByRole('heading', { name: 'Identities across sources' }).waitFor();
      await screenshot(page, 'entity-english-1280');
    } finally {
      await page.getByRole('button', { name: 'Español' }).click();
    }
    await page.getByRole('link', { name: 'Resumen' }).waitFor();
  });

  it(
    'uploads a file from the browser with progress, then lists its load and quarantined row',
    { skip },
    async () => {
      await page.goto(at('/data'));
      await page.getByRole('heading', { name: 'Cargar un archivo' }).waitFor();
      const file = reinfoUpload();
      await page.getByLabel('Archivo', { exact: true }).setInputFiles(file);
      await page.getByRole('button', { name: 'Cargar', exact: true }).click();
      await page.getByRole('progressbar').waitFor();
      await page
        .getByText(/Completada: 3 filas leídas, 2 aceptadas, 1 rechazadas/)
        .waitFor({ timeout: 60_000 });
      const batches = page.getByRole('table', { name: 'Cargas' });
      await batches.getByText(file.name).waitFor();
      const quarantine = page.getByRole('table', { name: 'Cuarentena' });
      await quarantine.getByText(file.name).first().waitFor();
      await assertNamed('the data page');
      await atWidth(1280, 'data');
      await atWidth(768, 'data');
    },
  );

  it('shows a national viewer only their country, and no triage or upload', { skip }, async () => {
    const password = 'visor-peru-2024';
    await userRepository.create(server.app.db, {
      username: 'visor.pe',
      displayName: 'Visor Perú',
      passwordHash: await hashPassword(password),
      role: 'viewer',
      countries: ['PE'],
      agency: null,
    });
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    await page.getByLabel('Usuario').fill('visor.pe');
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByText('Consulta · PE').waitFor();
    await page.goto(at('/alerts'));
    const queue = page.getByRole('table', { name: 'Cola de alertas' });
    await queue.waitFor();
    assert.equal(await page.getByLabel('País').count(), 0, 'no country filter for a one-country user');
    const countries = await queue.locator('tbody tr td:nth-child(3)').allInnerTexts();
    assert.ok(countries.length > 0);
    assert.deepEqual([...new Set(countries)], ['Perú']);
    await queue.locator('tbody a.strong-link').first().click();
    await page.getByText('Su rol permite consultar, no gestionar alertas.').waitFor();
    await page.goto(at('/data'));
    await page.getByRole('heading', { name: 'Cargas' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Cargar un archivo' }).count(), 0);
    await screenshot(page, 'data-viewer-pe-1280');
  });

  it(
    'compares the four countries’ rules with their sources, even for a one-country viewer, in both languages',
    { skip },
    async () => {
      await page.getByRole('link', { name: 'Marco normativo' }).click();
      await page.getByRole('heading', { name: 'Marco normativo', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Marco normativo por país' });
      await table.waitFor();
      // Text as written, not as shown: the headers and marks are drawn in capitals by CSS.
      const columns = await table.getByRole('columnheader').allTextContents();
      assert.deepEqual(columns.slice(1), ['Perú', 'Colombia', 'Ecuador', 'Bolivia']);
      // The cell under a country's column in a topic's row (the row's header is not a cell).
      const cell = (topic: string, country: string) =>
        table
          .getByRole('row', { name: new RegExp(topic) })
          .getByRole('cell')
          .nth(columns.indexOf(country) - 1);
      const mercury = 'El mercurio está prohibido en la minería';
      const colombia = (await cell(mercury, 'Colombia').textContent()) ?? '';
      assert.match(colombia, /^Sí/);
      assert.match(colombia, /Más estricta/);
      assert.match(colombia, /Sin verificar/);
      assert.match(colombia, /Ley 1658 de 2013, art\. 3, 15 jul 2013/);
      assert.equal(await cell(mercury, 'Ecuador').textContent(), 'Sin regla registrada');
      const mercuryRow = table.getByRole('rowheader', { name: new RegExp(mercury) });
      assert.match((await mercuryRow.textContent()) ?? '', /Zona gris.*EC sin regla registrada/);

      // What if every country held the strictest rule: the viewer sees Peru's alerts only, as the API counts them.
      const whatIf = page.getByRole('table', { name: 'Alertas por país con la regla más estricta' });
      await whatIf.waitFor({ timeout: 120_000 });
      assert.deepEqual(await whatIf.getByRole('columnheader').allTextContents(), [
        'Norma común candidata',
        'Perú',
      ]);
      const counted = await strictestWhatIf(server.app.db, {
        catalogue: builtinCatalogue(),
        rulebook: builtinRulebook(),
        day: new URL(page.url()).searchParams.get('on') ?? new Date().toISOString().slice(0, 10),
        countries: ['PE'],
      });
      const monthly = counted.candidates.find(
        (candidate) => candidate.topic.id === 'SUBSISTENCE_MONTHLY_CAP',
      );
      assert.ok(monthly?.countries.PE);
      const monthlyRow = whatIf.getByRole('row', { name: /Tope mensual de venta de oro/ });
      assert.match(
        (await monthlyRow.getByRole('rowheader').textContent()) ?? '',
        /35 g\/mes.*Hipotética: la regla de CO.*La tienen: CO.*Detectores: /,
      );
      const { now, strictest } = monthly.countries.PE;
      assert.equal(
        await monthlyRow.getByRole('cell').textContent(),
        `${String(now)} → ${String(strictest)}diferencia ${strictest > now ? '+' : ''}${String(strictest - now)}`,
      );
      assert.match(
        (await whatIf.getByRole('row', { name: new RegExp(mercury) }).textContent()) ?? '',
        /Ningún detector lee esta regla todavía/,
      );
      await assertNamed('the regulatory framework');
      await atWidth(1280, 'rules');
      await atWidth(768, 'rules');
      await page.setViewportSize({ width: 1280, height: 900 });

      // Before Colombia's ban took force (2018-07-15), it has no rule on mercury.
      await page.getByLabel('Vigente al').fill('2017-01-01');
      await page.waitForURL(/\/rules\?on=2017-01-01$/);
      await eventually(
        async () => (await cell(mercury, 'Colombia').textContent()) === 'Sin regla registrada',
        'Colombia has no mercury rule in force on 2017-01-01',
      );

      await page.getByRole('button', { name: 'English' }).click();
      try {
        await page.getByRole('heading', { name: 'Regulatory framework', level: 1 }).waitFor();
        const english = page.getByRole('table', { name: 'Regulatory framework by country' });
        assert.deepEqual(await english.getByRole('columnheader').allTextContents(), [
          'Topic',
          'Peru',
          'Colombia',
          'Ecuador',
          'Bolivia',
        ]);
        await english.getByRole('cell', { name: 'No rule recorded' }).first().waitFor();
        const englishWhatIf = page.getByRole('region', {
          name: 'What if the region adopted the strictest rule?',
        });
        await englishWhatIf
          .getByRole('table', { name: 'Alerts per country under the strictest rule' })
          .waitFor();
        await englishWhatIf.getByText("Hypothetical: CO's rule").first().waitFor();
        await screenshot(page, 'rules-english-1280');
      } finally {
        await page.getByRole('button', { name: 'Español' }).click();
      }
      await page.getByRole('heading', { name: 'Marco normativo', level: 1 }).waitFor();
    },
  );

  it(
    'shows the nodes that share with this one, each agreement in words and what each node kept back',
    { skip },
    async () => {
      await hubWithReportedPeer(server.app.db);
      await page.getByRole('link', { name: 'Nodos' }).click();
      await page.getByRole('heading', { name: 'Nodos', level: 1 }).waitFor();
      const peru = page.getByRole('region', { name: 'Perú · PE' });
      await peru.getByRole('heading', { name: /Acuerdo de prueba con el nodo regional/ }).waitFor();
      await peru.getByText(/Vigente del 1 ene 2025 al 31 dic 2030/).waitFor();
      const table = peru.getByRole('table', { name: /Lo que el acuerdo PE-HUB comparte/ });
      const row = async (name: string) =>
        ((await table.getByRole('row', { name: new RegExp(name) }).allTextContents())[0] ?? '').replace(
          /\s+/g,
          ' ',
        );
      assert.match(
        await row('Declaraciones aduaneras'),
        /Solo los campos: country, number, date, declarant, netMassKg Las personas naturales en declarant van como seudónimos\..*0 registros.*3.*0/,
      );
      assert.match(
        await row('Insumos controlados'),
        /No se comparte.*0 registros.*0.*12.*agreement PE-HUB v1 shares no InputTransaction/,
      );
      await assertNamed('the nodes page');
      await atWidth(1280, 'nodes');
      await atWidth(768, 'nodes');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'English' }).click();
      try {
        await page.getByRole('heading', { name: 'Nodes', level: 1 }).waitFor();
        await page.getByRole('cell', { name: 'Not shared' }).waitFor();
        await page.getByRole('cell', { name: /Natural persons in declarant go as pseudonyms\./ }).waitFor();
      } finally {
        await page.getByRole('button', { name: 'Español' }).click();
      }
      await page.getByRole('heading', { name: 'Nodos', level: 1 }).waitFor();
    },
  );

  it(
    'asks a node to reveal a person of an alert; a supervisor refuses a request made of this node; the requester reads the identity an approval brought; an analyst cannot decide',
    { skip },
    async () => {
      // One database plays both ends: the hub that asks (outgoing) and the node that decides (incoming).
      const db = server.app.db;
      const [envelope] = await db.query<{ node: string; id: string }>(
        `SELECT from_node AS node, id FROM federation_envelope WHERE agreement_id = 'PE-HUB' ORDER BY received_at LIMIT 1`,
      );
      assert.ok(envelope, 'the nodes step left Peru’s agreement at the hub');
      const peru = envelope.node;
      // A person Peru shared only as a token, and a one-alert episode that names them.
      const token = `TK:e2e:${'A'.repeat(43)}`;
      await db.query(
        `WITH batch AS (
           INSERT INTO ingest_batch (source_file_id, layout, status, finished_at, envelope_from, envelope_id)
           SELECT id, 'PE-HUB', 'succeeded', now(), $2, $3::uuid FROM source_file ORDER BY id LIMIT 1
           RETURNING id, source_file_id)
         INSERT INTO party (id, layout, country, source_file_id, batch_id, row_number, body, raw, kind, identifiers)
         SELECT $1, 'PE-HUB', 'PE', source_file_id, id, 1, '{}', '{}', 'PERSON', ARRAY[$1] FROM batch`,
        [token, peru, envelope.id],
      );
      const [named] = await db.query<{ id: string }>(
        'SELECT id FROM alert_episode WHERE alerts = 1 ORDER BY id LIMIT 1',
      );
      assert.ok(named);
      await db.query('UPDATE alert SET subjects = subjects || $2::text WHERE id = $1', [named.id, token]);
      await db.query('UPDATE alert_episode SET subjects = subjects || $2::text WHERE id = $1', [
        named.id,
        token,
      ]);

      const analystPassword = 'analista-hub-2024';
      const analyst = await userRepository.create(db, {
        username: 'analista.hub',
        displayName: 'Analista del nodo regional',
        passwordHash: await hashPassword(analystPassword),
        role: 'analyst',
        countries: null,
        agency: null,
      });
      const demo = await userRepository.byUsername(db, DEMO_CREDENTIALS.username);
      assert.ok(analyst && demo);
      const asked = (direction: 'incoming' | 'outgoing', by: { id: string | null; username: string }) => ({
        id: randomUUID(),
        direction,
        hubNode: 'HUB',
        ownerNode: peru,
        agreementId: 'PE-HUB',
        agreementVersion: 1,
        party: `TK:e2e:${'B'.repeat(43)}`,
        alertId: 'ALR-HUB-1',
        purpose: 'CROSS_BORDER_DETECTION',
        reason: `Motivo de ${by.username}: controla exportadoras en dos países.`,
        requestedById: by.id,
        requestedBy: by.username,
        requestedAt: new Date(),
      });
      // Made of this node: one by someone of the hub, one the analyst made (so they see it).
      const incoming = asked('incoming', { id: null, username: 'fiscal.hub' });
      const analysts = asked('incoming', { id: analyst.id, username: analyst.username });
      // Made by this node's demo user, approved by Peru: the identity is back, for ten days.
      const outgoing = asked('outgoing', { id: demo.id, username: demo.username });
      for (const reveal of [incoming, analysts, outgoing]) await revealRepository.add(db, reveal);
      await revealRepository.decide(db, outgoing.id, {
        status: 'approved',
        decidedBy: 'supervisora.pe',
        decidedAt: new Date(),
        reason: 'Investigación abierta por la fiscalía.',
        expiresAt: new Date(Date.now() + 10 * 86_400_000),
        identity: sealIdentity(
          { name: 'María Quispe Mamani', identifiers: ['PE:DNI:40123456'], birthDate: '1980-05-12' },
          answerKeyOf(revealKey),
          outgoing.id,
        ),
        sent: true,
      });

      const signIn = async (username: string, password: string) => {
        await page.getByRole('button', { name: 'Cerrar sesión' }).click();
        await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
        await page.getByLabel('Usuario').fill(username);
        await page.getByLabel('Contraseña').fill(password);
        await page.getByRole('button', { name: 'Ingresar' }).click();
        await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
      };
      const nav = page.getByRole('navigation', { name: 'Navegación principal' });
      assert.equal(await nav.getByRole('link', { name: 'Revelaciones' }).count(), 0, 'a viewer asks nothing');
      await signIn(DEMO_CREDENTIALS.username, DEMO_CREDENTIALS.password);

      // The alert names the token: the demo user asks Peru to reveal them, for the agreement's purpose.
      await page.goto(at(`/alerts/${named.id}`));
      const subjects = page.getByRole('region', { name: 'Sujetos' });
      await subjects.getByRole('button', { name: 'Solicitar revelación' }).click();
      const purpose = subjects.getByLabel('Finalidad');
      assert.deepEqual(await purpose.locator('option').allTextContents(), [
        SHARING_PURPOSE_LABELS.CROSS_BORDER_DETECTION.es,
      ]);
      await subjects.getByLabel('Motivo de la solicitud').fill('Aparece en exportaciones de dos países.');
      await subjects.getByRole('button', { name: 'Enviar solicitud' }).click();
      await subjects.getByText(`Solicitud registrada para el nodo ${peru}`).waitFor();
      await assertNamed('an alert with a pseudonymised person');
      await subjects.getByRole('link', { name: 'Seguirla en Revelaciones' }).click();

      await page.getByRole('heading', { name: 'Revelaciones', level: 1 }).waitFor();
      const toThisNode = page.getByRole('region', { name: 'Solicitudes a este nodo' });
      const fromThisNode = page.getByRole('region', { name: 'Solicitudes de este nodo' });
      const card = toThisNode.getByRole('article', { name: 'Pedida por fiscal.hub desde HUB' });
      await card.waitFor();
      const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
      assert.match(
        await text(card),
        /Pendiente.*ALR-HUB-1.*Detección transfronteriza de flujos de oro ilegal/,
      );
      assert.match(await text(card), /Motivo: Motivo de fiscal\.hub/);
      await card.getByRole('button', { name: 'Aprobar' }).waitFor();
      await card.getByRole('button', { name: 'Rechazar' }).click();
      await card.getByLabel('Motivo del rechazo').fill('La finalidad no justifica revelar a la persona.');
      await card.getByRole('button', { name: 'Confirmar rechazo' }).click();
      await card.getByText(/^Rechazada por demo el /).waitFor();
      assert.match(await text(card), /Rechazada.*La finalidad no justifica revelar a la persona\./);
      assert.equal(await card.getByRole('button', { name: 'Aprobar' }).count(), 0);
      const [refused] = await db.query<{ status: string }>(
        'SELECT status FROM reveal_request WHERE id = $1',
        [incoming.id],
      );
      assert.equal(refused?.status, 'refused');
      // The analyst's own request still waits for a decision.
      await toThisNode
        .getByRole('article', { name: 'Pedida por analista.hub desde HUB' })
        .getByRole('button', { name: 'Aprobar' })
        .waitFor();

      // What the demo user asked: the approved request with the identity, and the one just made.
      const approved = fromThisNode.getByRole('article', { name: `Pedida a ${peru} por demo` }).filter({
        hasText: 'Identidad revelada',
      });
      assert.match(
        await text(approved),
        /Aprobada.*María Quispe Mamani.*PE:DNI:40123456.*12 may 1980.*Visible hasta /,
      );
      const waiting = fromThisNode
        .getByRole('article', { name: `Pedida a ${peru} por demo` })
        .filter({ hasText: 'Aparece en exportaciones de dos países.' });
      assert.match(
        await text(waiting),
        /Pendiente.*Espera el próximo intercambio para salir hacia el nodo\./,
      );
      await assertNamed('the reveal requests');
      await atWidth(1280, 'reveals');
      await atWidth(768, 'reveals');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'English' }).click();
      try {
        await page.getByRole('heading', { name: 'Reveal requests', level: 1 }).waitFor();
        await page
          .getByRole('region', { name: 'Requests to this node' })
          .getByText('Refused', { exact: true })
          .waitFor();
      } finally {
        await page.getByRole('button', { name: 'Español' }).click();
      }

      // An analyst sees only their own request, and may not decide it.
      await signIn(analyst.username, analystPassword);
      await nav.getByRole('link', { name: 'Revelaciones' }).click();
      const own = toThisNode.getByRole('article', { name: 'Pedida por analista.hub desde HUB' });
      await own.getByText('Pendiente', { exact: true }).waitFor();
      assert.equal(await page.getByRole('article').count(), 1);
      assert.equal(await page.getByRole('button', { name: 'Aprobar' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Rechazar' }).count(), 0);
      await fromThisNode.getByText('Este nodo no ha pedido revelar a ninguna persona.').waitFor();
      await screenshot(page, 'reveals-analyst-1280');
    },
  );

  it('raised no page errors and fetched nothing from outside the app', { skip }, () => {
    assert.deepEqual(errors, []);
  });
});
