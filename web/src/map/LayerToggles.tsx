import { useTranslation } from 'react-i18next';

/** One switchable map layer with its legend swatch. */
export interface LayerChoice {
  id: string;
  label: string;
  swatch: string;
  visible: boolean;
  count?: number;
}

/** Checkboxes that show and hide map layers; they double as the legend. */
export function LayerToggles({
  layers,
  onToggle,
}: {
  layers: LayerChoice[];
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="layer-toggles">
      <legend>{t('map.layers')}</legend>
      {layers.map((layer) => (
        <label key={layer.id} className="layer-toggle">
          <input type="checkbox" checked={layer.visible} onChange={() => onToggle(layer.id)} />
          <span className="swatch" style={{ background: layer.swatch }} aria-hidden="true" />
          <span>
            {layer.label}
            {layer.count !== undefined && <span className="muted"> ({layer.count})</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
