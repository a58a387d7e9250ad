import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { getDetections, getProtectedAreas, getRights } from '../../api/geo';
import type { MapFeatureCollection } from '../../api/types-geo';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { alertHotspots } from '../../map/hotspots';
import { LayerToggles } from '../../map/LayerToggles';
import { DETECTION_STYLES, HOTSPOT_STYLES, PROTECTED_STYLES, RIGHT_STYLES } from '../../map/layerStyles';
import { MapView, type MapLayer } from '../../map/MapView';
import { NO_FEATURES, toMapData } from '../../map/mapData';

interface RegionData {
  rights: MapFeatureCollection;
  detections: MapFeatureCollection;
  protectedAreas: MapFeatureCollection;
}

/** Whatever part of the map data the API has; a layer it cannot give is drawn empty. */
async function loadRegion(signal: AbortSignal): Promise<RegionData> {
  const [rights, detections, protectedAreas] = await Promise.all([
    getRights(signal).then(toMapData, () => NO_FEATURES),
    getDetections(signal).then(toMapData, () => NO_FEATURES),
    getProtectedAreas(signal).then(toMapData, () => NO_FEATURES),
  ]);
  return { rights, detections, protectedAreas };
}

/** The region map: mining rights, satellite detections, protected areas and alert hot spots. */
export function RegionMap() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useResource(loadRegion, 'region');
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  const layers = useMemo<MapLayer[]>(() => {
    const region = data ?? { rights: NO_FEATURES, detections: NO_FEATURES, protectedAreas: NO_FEATURES };
    const hotspots = alertHotspots(region.rights);
    return [
      {
        id: 'protected',
        data: region.protectedAreas,
        styles: PROTECTED_STYLES,
        visible: !hidden.has('protected'),
      },
      {
        id: 'rights',
        data: region.rights,
        styles: RIGHT_STYLES,
        visible: !hidden.has('rights'),
        clickable: true,
      },
      {
        id: 'detections',
        data: region.detections,
        styles: DETECTION_STYLES,
        visible: !hidden.has('detections'),
      },
      {
        id: 'hotspots',
        data: hotspots,
        styles: HOTSPOT_STYLES,
        visible: !hidden.has('hotspots'),
        clickable: true,
      },
    ];
  }, [data, hidden]);

  const choices = [
    { id: 'rights', swatch: '#c9a227', label: t('map.rights') },
    { id: 'detections', swatch: '#6941c6', label: t('map.detections') },
    { id: 'protected', swatch: '#2e7d32', label: t('map.protectedAreas') },
    { id: 'hotspots', swatch: '#b42318', label: t('map.hotspots') },
  ].map((choice) => ({
    ...choice,
    visible: !hidden.has(choice.id),
    count: layers.find((layer) => layer.id === choice.id)?.data.features.length,
  }));

  function toggle(id: string) {
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <Section title={t('overview.map')} className="card--map">
      <div className="map-layout">
        <MapView
          label={t('overview.mapLabel')}
          layers={layers}
          onFeatureClick={(_layer, properties) => {
            const id = properties.id;
            if (typeof id === 'string' || typeof id === 'number')
              void navigate(`/rights/${encodeURIComponent(id)}`);
          }}
        />
        <LayerToggles layers={choices} onToggle={toggle} />
      </div>
    </Section>
  );
}
