import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { VetaError } from '../../core/veta-error.js';
import { areaBox, centreWithin } from '../../geo/centre-within.js';
import { geoFeatureQueries } from '../../store/geo/geo-feature-queries.js';
import { rightQueries } from '../../store/rights/right-queries.js';
import { parseBbox } from '../bbox.js';
import {
  presentAreas,
  presentDetections,
  presentRightDetail,
  presentRights,
} from '../presenters/geography.js';
import { IdParams } from '../schemas/common.js';
import {
  AreasCollection,
  DetectionsCollection,
  DetectionsQuery,
  RightDetail,
  RightsCollection,
  RightsQuery,
} from '../schemas/geography-schemas.js';
import { requirePermission } from '../request-actor.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

/** Detections read around one right before the exact test (a right rarely holds more). */
const RIGHT_DETECTIONS = 1000;

/** GET /rights, /rights/:id, /detections, /protected-areas: the map, within the caller's countries. */
export const geographyRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/rights',
    {
      schema: {
        tags: ['geography'],
        summary: 'Mining rights as GeoJSON, by country and/or map window',
        querystring: RightsQuery,
        response: { 200: RightsCollection, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { country, bbox, limit } = request.query;
      return presentRights(
        await rightQueries.list(app.db, actor.scope, { country, bbox: parseBbox(bbox), limit }),
      );
    },
  );

  app.get(
    '/rights/:id',
    {
      schema: {
        tags: ['geography'],
        summary:
          'A mining right: boundary, holders, production declared vs bought vs capacity by month, inputs, detections',
        params: IdParams,
        response: { 200: RightDetail, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { id } = request.params;
      const right = await rightQueries.find(app.db, actor.scope, id);
      if (right === undefined) {
        throw new VetaError(
          'NOT_FOUND',
          `No mining right "${id}" among the records you may see; find it on GET /api/rights.`,
        );
      }
      const box = areaBox(right.geometry);
      const [months, inputs, nearby] = await Promise.all([
        rightQueries.months(app.db, actor.scope, id, right.capacity?.metal ?? 'AU'),
        rightQueries.inputs(app.db, actor.scope, id),
        box === null
          ? Promise.resolve({ items: [], total: 0 })
          : geoFeatureQueries.detections(app.db, actor.scope, {
              bbox: [box.minX, box.minY, box.maxX, box.maxY],
              limit: RIGHT_DETECTIONS,
            }),
      ]);
      // Only its own country's: as in the detectors, a right drawn across a border holds nothing beyond it.
      const inside = nearby.items.filter(
        (detection) =>
          right.country !== null &&
          detection.countries.includes(right.country) &&
          centreWithin(right.geometry, detection.geometry),
      );
      return presentRightDetail(right, months, inputs, inside);
    },
  );

  app.get(
    '/detections',
    {
      schema: {
        tags: ['geography'],
        summary: 'Satellite detections of mining as GeoJSON points, by map window and dates',
        querystring: DetectionsQuery,
        response: { 200: DetectionsCollection, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { bbox, from, to, limit } = request.query;
      const page = await geoFeatureQueries.detections(app.db, actor.scope, {
        bbox: parseBbox(bbox),
        from,
        to,
        limit,
      });
      return presentDetections(page);
    },
  );

  app.get(
    '/protected-areas',
    {
      schema: {
        tags: ['geography'],
        summary: 'Protected areas and indigenous territories as GeoJSON',
        response: { 200: AreasCollection, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      return presentAreas(await geoFeatureQueries.protectedAreas(app.db, actor.scope));
    },
  );
  return Promise.resolve();
};
