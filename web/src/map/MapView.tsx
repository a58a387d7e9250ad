import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type DistributiveOmit,
  type GeoJSONSource,
  type LayerSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFeatureCollection } from '../api/types-geo';
import { ANDEAN_COUNTRIES, loadBasemap, REGION_BOUNDS, type Basemap } from './basemap';

// The worker ships beside the app as a file of its own; maplibre would look for it next to itself.
setWorkerUrl(workerUrl);

/** One GeoJSON layer the map draws over the base map. */
export interface MapLayer {
  id: string;
  data: MapFeatureCollection;
  /** The style layers drawing it, without `id` and `source` (MapView names them). */
  styles: DistributiveOmit<LayerSpecification, 'id' | 'source'>[];
  visible: boolean;
  /** Whether a click on one of its features calls onFeatureClick. */
  clickable?: boolean;
}

/** What MapView needs: the layers, where to look, and what a click does. */
export interface MapViewProps {
  label: string;
  layers: MapLayer[];
  bounds?: [number, number, number, number];
  onFeatureClick?: (layerId: string, properties: Record<string, unknown>) => void;
  className?: string;
}

function baseStyle(basemap: Basemap): StyleSpecification {
  // No glyphs and no sprite: nothing here fetches from outside the app.
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      borders: { type: 'geojson', data: basemap.borders },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': '#d6e4ee' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#eeebe3' } },
      {
        id: 'andean',
        type: 'fill',
        source: 'countries',
        filter: ['in', ['get', 'iso'], ['literal', ANDEAN_COUNTRIES]],
        paint: { 'fill-color': '#fbfaf6' },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': '#8a94a6', 'line-width': 0.8 },
      },
    ],
  };
}

function addLayer(map: MapLibreMap, layer: MapLayer): void {
  map.addSource(layer.id, { type: 'geojson', data: layer.data, promoteId: 'id' });
  layer.styles.forEach((style, index) => {
    map.addLayer({
      ...style,
      id: `${layer.id}-${index}`,
      source: layer.id,
      layout: { ...('layout' in style ? style.layout : {}), visibility: layer.visible ? 'visible' : 'none' },
    } as LayerSpecification);
  });
}

function syncLayer(map: MapLibreMap, layer: MapLayer): void {
  const source = map.getSource<GeoJSONSource>(layer.id);
  if (!source) return addLayer(map, layer);
  void source.setData(layer.data);
  layer.styles.forEach((_, index) =>
    map.setLayoutProperty(`${layer.id}-${index}`, 'visibility', layer.visible ? 'visible' : 'none'),
  );
}

/**
 * A MapLibre map on the offline Natural Earth base layer, with GeoJSON layers on top. Without
 * WebGL it says so instead of failing the page.
 */
export function MapView({ label, layers, bounds = REGION_BOUNDS, onFeatureClick, className }: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const clickRef = useRef(onFeatureClick);
  clickRef.current = onFeatureClick;
  const layersRef = useRef(layers);
  layersRef.current = layers;

  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | null = null;
    void loadBasemap().then((basemap) => {
      if (cancelled || !container.current) return;
      try {
        map = new MapLibreMap({
          container: container.current,
          style: baseStyle(basemap),
          bounds,
          fitBoundsOptions: { padding: 16 },
          attributionControl: false,
          dragRotate: false,
          maxZoom: 14,
        });
      } catch {
        setFailed(true);
        return;
      }
      map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      map.on('load', () => {
        if (!map) return;
        mapRef.current = map;
        for (const layer of layersRef.current) addLayer(map, layer);
        setReady(true);
      });
      // Marks the map drawn (data-drawn), so tests and screenshots wait for a finished frame.
      map.on('idle', () => container.current?.setAttribute('data-drawn', 'true'));
      map.on('click', (event) => {
        if (!map) return;
        const clickable = layersRef.current
          .filter((layer) => layer.clickable && layer.visible)
          .flatMap((layer) => layer.styles.map((_, index) => `${layer.id}-${index}`));
        const [hit] = map.queryRenderedFeatures(event.point, { layers: clickable });
        if (hit) clickRef.current?.(hit.source, hit.properties);
      });
    });
    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
    };
    // The map is built once per bounds; layers are synchronised by the effect below.
  }, [bounds]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const layer of layers) syncLayer(map, layer);
  }, [layers, ready]);

  if (failed) {
    return (
      <div className={`map map--failed ${className ?? ''}`} role="note">
        {t('map.noWebgl')}
      </div>
    );
  }
  return (
    <div className={`map ${className ?? ''}`} role="region" aria-label={label}>
      <div ref={container} className="map__canvas" />
    </div>
  );
}
