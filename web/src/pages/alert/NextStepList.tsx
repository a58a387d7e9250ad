import { useTranslation } from 'react-i18next';
import type { NextStep } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { pick } from '../../format/format';

/**
 * Where the alert goes next under the rulebook: the legal channel for its country, or for each
 * country of the region when it has none, each step citing its rule as the server wrote it.
 */
export function NextStepList({ nextStep }: { nextStep: NextStep }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {nextStep.regional && <p className="muted">{t('alert.nextStepRegional')}</p>}
      <ul>
        {nextStep.steps.map((step) => (
          <li key={step.country}>{pick(step.text, language)}</li>
        ))}
      </ul>
      <p className="muted">{t('alert.nextStepRulebook', { version: nextStep.rulebookVersion })}</p>
    </>
  );
}
