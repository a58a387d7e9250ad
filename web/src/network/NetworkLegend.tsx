import { useTranslation } from 'react-i18next';
import { EDGE_COLOURS } from './SigmaGraph';

/** What the colours of the network's links mean. */
export function NetworkLegend() {
  const { t } = useTranslation();
  return (
    <ul className="network__legend" aria-label={t('network.legend')}>
      {Object.entries(EDGE_COLOURS).map(([kind, colour]) => (
        <li key={kind}>
          <span className="line" style={{ background: colour }} aria-hidden="true" />
          {t(`edgeKinds.${kind}`, kind)}
        </li>
      ))}
    </ul>
  );
}
