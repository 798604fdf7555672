import { describe, expect, it } from 'vitest';
import { displayValue, isSingleMarker, markerIds, markersIn, onlyMarkers, replaceMarkers, unresolvedMarker } from '../../src/model/policy.js';

const m0 = unresolvedMarker(0);
const m12 = unresolvedMarker(12);

describe('unresolved marker helpers', () => {
  it('finds every marker with its id and place', () => {
    const value = `repo:${m0}/${m12}:*`;
    expect(markersIn(value)).toEqual([
      { id: 0, start: 5, end: 5 + m0.length },
      { id: 12, start: 6 + m0.length, end: 6 + m0.length + m12.length },
    ]);
    expect(markerIds(value)).toEqual([0, 12]);
    expect(markersIn('repo:acme/*')).toEqual([]);
  });

  it('replaces markers by a fixed text, taking `$` literally', () => {
    expect(replaceMarkers(`repo:${m0}/x${m12}`, '*')).toBe('repo:*/x*');
    expect(replaceMarkers(`a${m0}b`, '$&')).toBe('a$&b');
    expect(replaceMarkers('no markers', '*')).toBe('no markers');
  });

  it('tells a value that is one marker, or markers only', () => {
    expect(isSingleMarker(m12)).toBe(true);
    expect(isSingleMarker(`${m0}${m12}`)).toBe(false);
    expect(isSingleMarker(`x${m0}`)).toBe(false);
    expect(onlyMarkers(`${m0}${m12}`)).toBe(true);
    expect(onlyMarkers(`${m0}/`)).toBe(false);
    expect(onlyMarkers('')).toBe(false);
  });

  it('shows markers without their parts as <unresolved>', () => {
    expect(displayValue(`unknown operator ${m0}Equals`)).toBe('unknown operator <unresolved>Equals');
  });
});
