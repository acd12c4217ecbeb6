// Colours of the drawing, shared by the live graph and the SVG export.
import type { Band } from '../levels.ts';

export const SYSTEM_COLOURS = {
  party: '#c62828',
  state: '#1565c0',
  mass: '#2e7d32',
  nosystem: '#616161',
} as const;

export type SystemClass = keyof typeof SYSTEM_COLOURS;

export const BAND_FILLS: Record<Band, string> = {
  CENTRAL: '#fdecea',
  PROVINCE: '#fff6e0',
  DISTRICT: '#eef6ee',
  COMMUNE: '#eaf1fb',
  UNKNOWN: '#f3f3f3',
};

export const EDGE_COLOURS = { implements: '#37474f', cites: '#90a4ae' } as const;

export const FOCUS_COLOUR = '#ff8f00';
