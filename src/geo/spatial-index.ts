import Flatbush from 'flatbush';
import { metresPerDegree } from './distance.js';
import { boxOf, type Box, type Polygon, type Position } from './polygon.js';

/** A shape to index: its polygons and whatever the caller keeps with it. */
export interface Indexed<T> {
  readonly polygons: readonly Polygon[];
  readonly value: T;
}

/** A static R-tree (flatbush) over shapes' boxes: candidates by box, which callers then test exactly. */
export class SpatialIndex<T> {
  private readonly index: Flatbush | undefined;

  constructor(private readonly items: readonly Indexed<T>[]) {
    if (items.length === 0) return;
    const index = new Flatbush(items.length);
    for (const item of items) {
      const box = boxOf(item.polygons);
      index.add(box.minX, box.minY, box.maxX, box.maxY);
    }
    index.finish();
    this.index = index;
  }

  /** The shapes whose boxes meet the box. */
  search(box: Box): Indexed<T>[] {
    if (!this.index) return [];
    return this.index
      .search(box.minX, box.minY, box.maxX, box.maxY)
      .flatMap((i) => (this.items[i] ? [this.items[i]] : []));
  }

  /** The shapes whose boxes come within `metres` of a point. */
  near(point: Position, metres: number): Indexed<T>[] {
    return this.search(grown({ minX: point[0], minY: point[1], maxX: point[0], maxY: point[1] }, metres));
  }

  /** The shapes whose boxes come within `metres` of some polygons' box. */
  nearPolygons(polygons: readonly Polygon[], metres: number): Indexed<T>[] {
    return this.search(grown(boxOf(polygons), metres));
  }
}

/** A box grown by a margin in metres on every side. */
export function grown(box: Box, metres: number): Box {
  const latitude = Math.max(Math.abs(box.minY), Math.abs(box.maxY));
  const scale = metresPerDegree(Math.min(latitude, 89));
  const dx = metres / scale.x;
  const dy = metres / scale.y;
  return { minX: box.minX - dx, minY: box.minY - dy, maxX: box.maxX + dx, maxY: box.maxY + dy };
}
