/** The API's entity, ownership, network and risk shapes, named for the web app (see ./types.ts). */
import type { Answer, ItemOf } from './types';

export type EntitySummary = ItemOf<'/api/entities'>;
export type EntityProfile = Answer<'/api/entities/{id}'>;
export type Identity = EntityProfile['identities'][number];
export type AlertBrief = EntityProfile['alerts']['items'][number];

export type Owners = Answer<'/api/entities/{id}/owners'>;
export type Owner = Owners['subjects'][number]['owners'][number];
export type ChainLink = Owner['chains'][number]['links'][number];

export type Network = Answer<'/api/entities/{id}/network'>;
export type NetworkNode = Network['nodes'][number];
export type NetworkEdge = Network['edges'][number];

export type TimelineEvent = ItemOf<'/api/entities/{id}/timeline'>;

export type RiskScore = ItemOf<'/api/risk'>;
export type RiskDetail = Answer<'/api/risk/{kind}/{id}'>;
export type RiskContribution = RiskDetail['contributions'][number];
