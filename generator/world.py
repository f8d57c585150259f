"""Natural Earth country outlines (vendored world-atlas TopoJSON): decoded rings and centroids."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

ATLAS = "data/world-atlas-countries-50m.json"

# A ring of (lon, lat) points; a country is a list of polygons, each a list of rings
# (the outer ring first, then holes).
Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Country:
    numeric: str  # ISO 3166-1 numeric code as the atlas writes it ("004")
    name: str
    polygons: tuple[tuple[Ring, ...], ...]

    @property
    def main_bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of the largest part: the mainland, not far islands."""
        ring = unwrap(max((p[0] for p in self.polygons), key=lambda r: abs(_ring_moments(r)[0])))
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        return min(lons), min(lats), max(lons), max(lats)

    @property
    def area(self) -> float:
        """Area of the outer rings in square degrees: enough to tell a country from the small
        territory filed under the same code (Australia and the Ashmore and Cartier Islands)."""
        return sum(abs(_ring_moments(polygon[0])[0]) for polygon in self.polygons)

    def centroid(self) -> tuple[float, float] | None:
        """(lat, lon) of the largest part's area centroid: the mainland, not far islands."""
        best: tuple[float, float, float] | None = None
        for polygon in self.polygons:
            area, cx, cy = _ring_moments(polygon[0])
            if area and (best is None or abs(area) > best[0]):
                best = (abs(area), cy / area, (cx / area + 180) % 360 - 180)
        return (best[1], best[2]) if best else None

    def contains(self, lat: float, lon: float) -> bool:
        """Whether a point lies inside one of the outlines (ray casting, holes excluded)."""
        for polygon in self.polygons:
            inside = False
            for ring in polygon:
                for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                    if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                        inside = not inside
            if inside:
                return True
        return False


def _ring_moments(ring: Ring) -> tuple[float, float, float]:
    """Shoelace area and first moments (times 6 area) of a ring in degrees."""
    area = cx = cy = 0.0
    ring = unwrap(ring)
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return area / 2, cx / 6, cy / 6


def unwrap(ring: Ring) -> Ring:
    """The ring with longitudes made continuous across the antimeridian (Russia, Fiji)."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(ring):
        if i and lon + shift - out[-1][0] > 180:
            shift -= 360
        elif i and lon + shift - out[-1][0] < -180:
            shift += 360
        out.append((lon + shift, lat))
    return tuple(out)


@cache
def load_countries() -> tuple[Country, ...]:
    """Every country of the atlas with its outline decoded to longitude and latitude.

    Cached: the outlines are immutable and both the gazetteer and every page's map read them.
    """
    topology = json.loads(_atlas_bytes())
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantised
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)  # arcs share their end points
        return tuple(points)

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        countries.append(Country(
            str(geometry.get("id", "")), geometry.get("properties", {}).get("name", ""),
            tuple(tuple(ring(r) for r in polygon) for polygon in polygons)))
    return tuple(countries)


def numeric_code(alpha2: str | None) -> str | None:
    """The atlas's id of a country: its ISO 3166-1 numeric code ("AF" → "004")."""
    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return country.numeric if country else None


def _atlas_bytes() -> bytes:
    return resources.files("generator").joinpath(ATLAS).read_bytes()


@cache
def atlas_digest() -> str:
    """Which atlas a drawing comes from: part of a cached map's identity."""
    return hashlib.sha256(_atlas_bytes()).hexdigest()[:12]
