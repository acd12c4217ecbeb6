// Moving the selection with the arrow keys: the nearest node in that direction, favouring
// nodes straight ahead over those off to the side.
export interface NodePoint {
  id: string;
  x: number;
  y: number;
}

export function moveSelection(points: readonly NodePoint[], from: string | null, key: string): string | null {
  if (points.length === 0) return null;
  const origin = points.find((point) => point.id === from);
  if (!origin) return [...points].sort((a, b) => a.y - b.y || a.x - b.x)[0]!.id;
  const ahead = (p: NodePoint): number => {
    if (key === 'ArrowUp') return origin.y - p.y;
    if (key === 'ArrowDown') return p.y - origin.y;
    if (key === 'ArrowLeft') return origin.x - p.x;
    return p.x - origin.x;
  };
  const aside = (p: NodePoint): number => (key === 'ArrowUp' || key === 'ArrowDown' ? Math.abs(p.x - origin.x) : Math.abs(p.y - origin.y));
  let best: NodePoint | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const point of points) {
    if (point.id === origin.id || ahead(point) <= 0) continue;
    const score = ahead(point) + 2 * aside(point);
    if (score < bestScore) {
      best = point;
      bestScore = score;
    }
  }
  return best?.id ?? null;
}
