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
import { drawable } from '../../map/mapData';
import { DETECTION_STYLES, RIGHT_STYLES } from '../../map/layerStyles';
import { MapView, type MapLayer } from '../../map/MapView';
import { RightChart } from './RightChart';
import { RightFacts } from './RightFacts';
import { RightInputs } from './RightInputs';

/** A mining right: its polygon, declared production vs purchases naming it vs capacity, inputs, detections. */
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
  const bounds = useMemo(() => boundsOf(drawable(right?.geometry ?? null)), [right]);
  const layers = useMemo<MapLayer[]>(() => {
    if (!right) return [];
    const polygon: MapFeatureCollection = {
      type: 'FeatureCollection',
      features: right.geometry
        ? [{ type: 'Feature', geometry: drawable(right.geometry), properties: { id: right.id } }]
        : [],
    };
    const detections: MapFeatureCollection = {
      type: 'FeatureCollection',
      features: right.detections.map((detection) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: detection.point },
        properties: { id: detection.id },
      })),
    };
    return [
      { id: 'right', data: polygon, styles: RIGHT_STYLES, visible: true },
      { id: 'detections', data: detections, styles: DETECTION_STYLES, visible: true },
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
          {right.statusNational && <span className="tag">{right.statusNational}</span>}
          {right.flags.map((flag) => (
            <span key={flag} className="tag tag--warning">
              {t(`rightFlags.${flag}`, flag)}
            </span>
          ))}
        </div>
        <h1>{right.name ?? right.id}</h1>
        <RightFacts right={right} />
      </header>
      <div className="grid grid--detail">
        <div className="stack">
          <Section title={t('right.production')}>
            <RightChart months={right.months} />
          </Section>
          <Section title={t('right.inputs')}>
            <RightInputs inputs={right.inputs} />
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
                {right.detections.map((detection) => (
                  <li key={detection.id}>
                    <strong>{detection.detectedOn ? formatDate(detection.detectedOn, language) : '—'}</strong>
                    {detection.areaHa !== null && ` · ${formatNumber(detection.areaHa, language, 1)} ha`}
                    {detection.source && ` · ${detection.source}`}
                    <div className="muted small">
                      <Link to={`/data?file=${encodeURIComponent(detection.file)}`}>{detection.file}</Link>
                      {` · ${t('alert.row')} ${formatNumber(detection.row, language)}`}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {right.alerts > 0 && (
            <Section title={t('entity.alerts')}>
              <Link to={`/alerts?subject=${encodeURIComponent(right.id)}`}>
                {t('right.alertsNaming', { count: right.alerts })}
              </Link>
            </Section>
          )}
        </div>
      </div>
    </>
  );
}
