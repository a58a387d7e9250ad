import { useTranslation } from 'react-i18next';
import type { RightInput } from '../../api/types-geo';
import { useLanguage } from '../../app/useLanguage';
import { formatNumber } from '../../format/format';

/** Inputs delivered to the right by month: mercury, cyanide, explosives, fuel. */
export function RightInputs({ inputs }: { inputs: RightInput[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (inputs.length === 0) return <p className="muted">{t('right.noInputs')}</p>;
  return (
    <div className="table-wrap table-wrap--tall">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('right.inputs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('right.month')}</th>
            <th scope="col">{t('right.input')}</th>
            <th scope="col" className="num">
              {t('right.quantity')}
            </th>
            <th scope="col" className="num">
              {t('right.deliveries')}
            </th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => (
            <tr key={`${input.month}-${input.input}`}>
              <td>{input.month}</td>
              <td>{t(`inputs.${input.input}`, input.input)}</td>
              <td className="num">
                {formatNumber(input.quantity, language, 1)} {input.unit ?? ''}
              </td>
              <td className="num">{formatNumber(input.deliveries, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
