import { LEGAL_CHANNELS, LegalSource } from '@veta/standard';
import { Type, type Static } from 'typebox';
import { wordList } from '../../core/word-list.js';
import { Bilingual, IsoDay, Nullable } from './common.js';

/** Who runs a channel in a country, as the rulebook names it. */
const ChannelAuthority = Type.Object(
  {
    name: Type.String({ description: 'As the country names it, e.g. UIF-Perú, DIAN.' }),
    source: Nullable(LegalSource),
    verified: Type.Boolean({ description: 'Whether someone has checked the authority.' }),
    note: Nullable(Bilingual),
  },
  { description: 'Null where the rulebook records no authority for the channel in the country.' },
);

/** A channel to refer an alert through. */
const Referral = Type.Object({
  channel: Type.Enum([...LEGAL_CHANNELS], { description: `${wordList(LEGAL_CHANNELS)}.` }),
  authority: Nullable(ChannelAuthority),
});

/** The next step for an alert in one country. */
const CountryNextStep = Type.Object({
  country: Type.String(),
  basis: Type.Enum(['predicate-offence', 'not-a-predicate-offence', 'no-rule'], {
    description:
      'Whether the country’s rule in force during the period makes illegal mining a predicate offence for money laundering, says it is not one, or there is no rule.',
  }),
  rule: Nullable(
    Type.Object(
      {
        value: Type.Boolean(),
        inForce: Type.Object({ from: IsoDay, to: Nullable(IsoDay) }),
        source: LegalSource,
        verified: Type.Boolean(),
      },
      { description: 'The rule on the predicate offence the step rests on; null where none is recorded.' },
    ),
  ),
  referrals: Type.Array(Referral, {
    description: 'Money laundering where it applies, otherwise the typology’s channels, most fitting first.',
  }),
  text: Bilingual,
});

/** Where an alert goes next, from the rulebook in force when it is read. */
export const NextStep = Type.Object({
  regional: Type.Boolean({
    description: 'The alert has no country: one step per country of the region.',
  }),
  rulebookVersion: Type.String(),
  steps: Type.Array(CountryNextStep),
});
export type NextStep = Static<typeof NextStep>;
