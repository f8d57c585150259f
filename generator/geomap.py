"""The "Where" map: an inline SVG drawn at build time from Natural Earth outlines.

The frame closes in on the story's region: the places near its main place (the most mentioned
one that is not a country), with some margin. Outlines outside the frame are dropped, the rest
are clamped to it and thinned to whole pixels, so a page carries a few kilobytes of map. Colours
come from Material's CSS variables (explainer.css), so the map follows light and dark mode.
Every label is escaped; every marker links to its place's row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from .gazetteer import distance_km
from .markup import attr
from .model import Place
from .world import load_countries, numeric_code, unwrap

WIDTH = 640
MIN_HEIGHT, MAX_HEIGHT = 280, 440
# Places farther than this from the main one stay off the map (listed under it instead).
FRAME_KM = 2500.0
# The smallest frame, in degrees of latitude: a single city is shown with its surroundings.
MIN_SPAN = 4.0
MARGIN = 0.25
MAX_LABELS = 8


@dataclass
class Frame:
    """An equirectangular view of a box of longitudes and latitudes, `WIDTH` pixels wide."""

    west: float
    south: float
    east: float
    north: float

    @property
    def scale(self) -> float:
        return WIDTH / ((self.east - self.west) * self.aspect)

    @property
    def aspect(self) -> float:
        return math.cos(math.radians((self.north + self.south) / 2))

    @property
    def height(self) -> int:
        return round((self.north - self.south) * self.scale)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.aspect * self.scale, (self.north - lat) * self.scale

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    def overlaps(self, box: tuple[float, float, float, float]) -> bool:
        west, south, east, north = box
        return (west <= self.east and east >= self.west
                and south <= self.north and north >= self.south)


def _frame(points: list[tuple[float, float]]) -> Frame:
    """A frame around (lon, lat) points, with margins, no smaller than `MIN_SPAN` and with a
    height between `MIN_HEIGHT` and `MAX_HEIGHT` pixels."""
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    lat_span = max(north - south, MIN_SPAN) * (1 + 2 * MARGIN)
    middle = (north + south) / 2
    south, north = max(-85.0, middle - lat_span / 2), min(85.0, middle + lat_span / 2)
    aspect = math.cos(math.radians(middle))
    lon_span = max((east - west) * (1 + 2 * MARGIN), 1.0)
    # Widen whichever side is short so that the picture keeps a readable shape.
    height = WIDTH * (north - south) / (lon_span * aspect)
    if height > MAX_HEIGHT:
        lon_span = (north - south) * WIDTH / (MAX_HEIGHT * aspect)
    elif height < MIN_HEIGHT:
        extra = (lon_span * aspect * MIN_HEIGHT / WIDTH - (north - south)) / 2
        south, north = max(-85.0, south - extra), min(85.0, north + extra)
    centre = (west + east) / 2
    return Frame(centre - lon_span / 2, south, centre + lon_span / 2, north)


def _main_place(places: Sequence[Place]) -> Place | None:
    located = [p for p in places if p.lat is not None and p.lon is not None]
    return next((p for p in located if p.kind != "country"), located[0] if located else None)


def framed(places: Sequence[Place]) -> tuple[Frame | None, list[Place], list[Place]]:
    """The frame, the places on the map and the located places left off it."""
    main = _main_place(places)
    located = [p for p in places if p.lat is not None and p.lon is not None]
    if main is None:
        return None, [], []
    on_map = [p for p in located
              if distance_km(main.lat, main.lon, p.lat, p.lon) <= FRAME_KM]  # type: ignore[arg-type]
    # A country far larger than the story's region would pull the frame out to a continent:
    # it is drawn as a shaded outline and framed only when nothing smaller is named.
    framing = [p for p in on_map if p.kind != "country"] or on_map
    frame = _frame([(p.lon, p.lat) for p in framing])  # type: ignore[misc]
    on_map = [p for p in on_map if frame.contains(p.lon, p.lat)]  # type: ignore[arg-type]
    off_map = [p for p in located if p not in on_map]
    return frame, on_map, off_map


def _path(frame: Frame, rings: list[tuple[tuple[float, float], ...]]) -> str:
    """SVG path data of rings, clamped to just outside the frame and thinned to whole pixels."""
    pad = 4
    parts = []
    for ring in rings:
        points: list[tuple[int, int]] = []
        for lon, lat in unwrap(ring):
            x, y = frame.xy(lon, lat)
            point = (round(min(max(x, -pad), WIDTH + pad)),
                     round(min(max(y, -pad), frame.height + pad)))
            if points and point == points[-1]:
                continue
            if len(points) > 1 and (points[-2][0] == points[-1][0] == point[0]
                                    or points[-2][1] == points[-1][1] == point[1]):
                points[-1] = point  # a straight run, along a clamped edge most often
            else:
                points.append(point)
        if len(points) > 2:
            parts.append("M" + "L".join(f"{x},{y}" for x, y in points) + "Z")
    return "".join(parts)


def draw(places: Sequence[Place], label: str = "Map of the places in this article") -> Markup:
    """The map as inline SVG, or empty Markup when no place has coordinates."""
    frame, on_map, _ = framed(places)
    if frame is None:
        return Markup("")
    named = {numeric_code(p.country) for p in places if p.kind == "country"}
    land: list[tuple[tuple[float, float], ...]] = []
    shaded: list[tuple[tuple[float, float], ...]] = []
    for country in load_countries():
        for polygon in country.polygons:
            outer = polygon[0]
            lons, lats = [p[0] for p in outer], [p[1] for p in outer]
            if frame.overlaps((min(lons), min(lats), max(lons), max(lats))):
                (shaded if country.numeric in named else land).extend(polygon)
    height = frame.height
    out = [Markup('<svg class="ex-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 '
                  f'{WIDTH} {height}" role="img" aria-label="{attr(label)}">'),
           Markup(f'<rect class="ex-map-sea" width="{WIDTH}" height="{height}"/>')]
    for css, rings in (("ex-map-land", land), ("ex-map-named", shaded)):
        data = _path(frame, rings)
        if data:
            out.append(Markup(f'<path class="{css}" fill-rule="evenodd" d="{data}"/>'))

    # One marker per point: a facility that borrows its city's point shares the city's marker.
    markers: dict[tuple[int, int], list[Place]] = {}
    for place in on_map:
        x, y = frame.xy(place.lon, place.lat)  # type: ignore[arg-type]
        markers.setdefault((round(x), round(y)), []).append(place)
    for n, ((x, y), group) in enumerate(markers.items()):
        first = group[0]
        names = ", ".join(p.name for p in group)
        shape = (Markup(f'<rect x="{x - 5}" y="{y - 5}" width="10" height="10"/>')
                 if first.kind in ("country", "region") else
                 Markup(f'<circle cx="{x}" cy="{y}" r="6"/>'))
        text = Markup("")
        if n < MAX_LABELS:
            anchor = "end" if x > WIDTH * 0.75 else "start"
            dx = -10 if anchor == "end" else 10
            text = Markup(f'<text x="{x + dx}" y="{y + 4}" text-anchor="{anchor}">'
                          f"{escape(first.name)}</text>")
        out.append(Markup(f'<a class="ex-map-marker ex-map-{attr(first.kind)}" '
                          f'href="#place-{attr(first.id)}"><title>{escape(names)}</title>')
                   + shape + text + Markup("</a>"))
    out.append(Markup("</svg>"))
    return Markup("").join(out)
