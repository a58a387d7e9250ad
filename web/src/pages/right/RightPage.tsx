import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getRight } from '../../api/geo';
import type { MapFeatureCollection } from '../../api/types-geo';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatDate, formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { boundsOf } from '../../map/bounds';
import { DETECTION_STYLES, RIGHT_STYLES } from '../../map/layerStyles';
import { MapView, type MapLayer } from '../../map/MapView';
import { toMapData } from '../../map/mapData';
import { RightChart } from './RightChart';

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A mining right: its polygon, what was declared and bought from it against its capacity, inputs, detections. */
export function RightPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const {
    data: right,
    error,
    loading,
    reload,
  } = useResource((signal) => getRight(id, signal), `right-${id}`);
  const bounds = useMemo(() => boundsOf(right?.geometry ?? null), [right]);
  const layers = useMemo<MapLayer[]>(() => {
    if (!right) return [];
    const polygon: MapFeatureCollection = {
      type: 'FeatureCollection',
      features: right.geometry
        ? [{ type: 'Feature', geometry: right.geometry, properties: { id: right.id } }]
        : [],
    };
    return [
      { id: 'right', data: polygon, styles: RIGHT_STYLES, visible: true },
      {
        id: 'detections',
        data: toMapData({ type: 'FeatureCollection', features: right.detections }),
        styles: DETECTION_STYLES,
        visible: true,
      },
    ];
  }, [right]);

  if (loading && !right) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!right) return null;
  return (
    <>
      <header className="page__head">
        <div className="badges">
          <span className="tag">{t('right.kind')}</span>
          <span className="tag">
            <CountryName code={right.country} />
          </span>
          {right.status && <span className="tag">{right.status}</span>}
        </div>
        <h1>{right.name ?? right.id}</h1>
        <dl className="meta">
          <div>
            <dt>{t('right.code')}</dt>
            <dd className="code">{right.id}</dd>
          </div>
          {right.holder && (
            <div>
              <dt>{t('right.holder')}</dt>
              <dd>
                {right.holder.id ? (
                  <Link to={`/entities/${encodeURIComponent(right.holder.id)}`}>{right.holder.name}</Link>
                ) : (
                  right.holder.name
                )}
              </dd>
            </div>
          )}
          {right.areaHa != null && (
            <div>
              <dt>{t('right.area')}</dt>
              <dd>{formatNumber(right.areaHa, language, 1)} ha</dd>
            </div>
          )}
        </dl>
      </header>
      <div className="grid grid--detail">
        <div className="stack">
          <Section title={t('right.production')}>
            <RightChart monthly={right.monthly} />
          </Section>
          <Section title={t('right.inputs')}>
            {right.inputs.length === 0 ? (
              <p className="muted">{t('right.noInputs')}</p>
            ) : (
              <table className="table table--compact">
                <caption className="visually-hidden">{t('right.inputs')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('right.date')}</th>
                    <th scope="col">{t('right.input')}</th>
                    <th scope="col" className="num">
                      {t('right.quantity')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {right.inputs.map((input, index) => (
                    <tr key={index}>
                      <td>{input.date ? formatDate(input.date, language) : (input.month ?? '')}</td>
                      <td>{input.input}</td>
                      <td className="num">
                        {formatNumber(input.quantity, language, 1)} {input.unit}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        </div>
        <div className="stack">
          <Section title={t('right.map')}>
            <MapView label={t('right.mapLabel')} layers={layers} bounds={bounds} className="map--small" />
          </Section>
          <Section title={t('right.detections')}>
            {right.detections.length === 0 ? (
              <p className="muted">{t('right.noDetections')}</p>
            ) : (
              <ul className="plain-list">
                {right.detections.map((detection, index) => (
                  <li key={index}>
                    {text(detection.properties?.date ?? detection.properties?.observedAt)}{' '}
                    <span className="muted small">{text(detection.properties?.source)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
