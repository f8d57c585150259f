"""The "Where" map: an inline SVG drawn at build time from Natural Earth outlines.

The frame closes in on the story's region: its most mentioned place with a point and the
places near it, with some margin. Outlines come from a copy of the atlas thinned to half a
pixel of the frame; those outside it are dropped, the rest are clamped to it and thinned again
(Douglas-Peucker, one pixel), so a page carries a few kilobytes of map, some
twenty for a map of Russia. Colours come from Material's CSS variables (explainer.css), so the
map follows light and dark mode. Every label is escaped; every marker links to its place's row.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
from markupsafe import Markup, escape

from .gazetteer import distance_km
from .markup import attr
from .model import Place, Span
from .world import Ring, load_countries, numeric_code, unwrap

WIDTH = 640
MIN_HEIGHT, MAX_HEIGHT = 280, 440
# Places farther than this from the main one stay off the map (listed under it instead).
FRAME_KM = 2500.0
# The reach of a place's neighbourhood when the frame's centre is chosen: smaller than the
# frame, or a country between two clusters (Ukraine between Europe and Israel) gathers both.
REGION_KM = 1000.0
# How often, beside the main region's, a far region must be named to be drawn with it.
RIVAL_SHARE, RIVAL_MENTIONS = 0.8, 3
MARKER_RADIUS = 6
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
    lat_span = min(max(north - south, MIN_SPAN) * (1 + 2 * MARGIN), 170.0)
    # Centred on the points, but slid back inside ±85° rather than cut there.
    middle = min(max((north + south) / 2, -85.0 + lat_span / 2), 85.0 - lat_span / 2)
    south, north = middle - lat_span / 2, middle + lat_span / 2
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


@cache
def _outline_box(alpha2: str | None) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of a country's main part in the atlas."""
    numeric = numeric_code(alpha2)
    country = next((c for c in load_countries() if c.numeric == numeric), None)
    return country.main_bbox if country else None


def framed(places: Sequence[Place], lead: Sequence[Span] = ()
           ) -> tuple[Frame | None, list[Place], list[Place]]:
    """The frame, the places on the map and the located places left off it.

    The frame closes in on the place whose neighbourhood (`_near`) the story mentions most,
    so that an Alabama town's story that names China more often than any one Alabama place
    is still drawn on Alabama; it takes in the places within `FRAME_KM` of it and, around a
    country, also the country's main outline and the places on it. When the `lead` (the
    spans of the story's opening sentences) names located places, only their neighbourhoods
    compete: a story that opens on a soldier killed in Syria stays on Syria however often it
    then names the US of his comrades.
    """
    located = [p for p in places if p.lat is not None and p.lon is not None]
    # A continent or a group of countries ("Europe", "the EU", "Eastern Europe") has a point
    # only in the gazetteer: on a map of Germany it would read as a town near Stuttgart. It
    # is drawn only when the story names nothing narrower.
    spanning = [p for p in located if spans_countries(p)]
    if len(spanning) < len(located):
        located = [p for p in located if not spans_countries(p)]
    else:
        spanning = []
    if not located:
        return None, [], []
    # A lead's town needs its country named or another place there: a township misread as a
    # town abroad (Delft in Cape Town taken for Delft in the Netherlands) is alone there.
    countries = Counter(p.country for p in located if not p.located_in)
    named = {p.country for p in located if p.kind == "country"}
    opening = [p for p in located if (p.kind in ("country", "region") or p.country in named
                                      or countries[p.country] > 1) and any(
        start <= at < end for start, end in lead for at, _ in p.mentions + p.references)]
    contenders = [c for c in located if any(_near(c, p) or _near(p, c) for p in opening)]

    def weight(centre: Place) -> int:
        return sum(len(p.mentions) + len(p.references) for p in located if _near(centre, p))

    # Places come most mentioned first: a tie keeps the most mentioned.
    main = max(contenders or located, key=weight)
    points: list[tuple[float, float]] = []
    # A story in one country whose places lie farther apart than a region is drawn on the
    # country, not around its most mentioned place: Nevada is not "too far" from
    # Washington in a story about both; a story about two Californian towns stays close.
    spread = {p.country for p in located} == {main.country} and any(
        distance_km(main.lat, main.lon, p.lat, p.lon) > FRAME_KM  # type: ignore[arg-type]
        for p in located)
    box = _outline_box(main.country) if main.kind == "country" or spread else None
    if box:
        points += [(box[0], box[1]), (box[2], box[3])]
    # Around a country, its places on the main outline: Hawaii and American Samoa would
    # shrink the mainland of a United States story to a corner.
    nearby = [p for p in located
              if distance_km(main.lat, main.lon, p.lat, p.lon) <= FRAME_KM  # type: ignore[arg-type]
              or (box and p.kind != "country" and p.country == main.country
                  and box[0] <= p.lon <= box[2] and box[1] <= p.lat <= box[3])]  # type: ignore[operator]
    points += [(p.lon, p.lat) for p in nearby]  # type: ignore[misc]
    # A region far away that the story names nearly as often is drawn too: an interview
    # about Afghan women that names the United States as often, a column on trade with
    # China. (Not an Alabama town's story naming China three times for its four, nor a
    # place named once or twice, nor, where the lead says where the story is, a region it
    # leaves out.)
    least = max(RIVAL_SHARE * weight(main), RIVAL_MENTIONS)
    rivals = [c for c in contenders or located if c not in nearby and weight(c) >= least]
    for rival in rivals:
        box = _outline_box(rival.country) if rival.kind == "country" else None
        points += [(box[0], box[1]), (box[2], box[3])] if box else [(rival.lon, rival.lat)]  # type: ignore[list-item]
    frame = _frame(points)
    # A country the map already shows, its point just beyond the edge, is taken in: Caracas
    # on the map and Venezuela "too far" would read as a contradiction.
    edging = [(p.lon, p.lat) for p in located if p.kind == "country"
              and not frame.contains(p.lon, p.lat)  # type: ignore[arg-type]
              and (box := _outline_box(p.country)) is not None and frame.overlaps(box)
              and _just_beyond(frame, p.lon, p.lat)]  # type: ignore[arg-type]
    if edging:
        frame = _frame(points + edging)
    on_map = [p for p in located if frame.contains(p.lon, p.lat)]  # type: ignore[arg-type]
    off_map = []
    for place in located:
        if place not in on_map:
            inside = _drawn_inside(frame, place) if place.kind == "country" else None
            if inside is None:
                off_map.append(place)
            else:
                on_map.append(inside)
    return frame, on_map, off_map + spanning


def spans_countries(place: Place) -> bool:
    """A located place that lies in no one country: a continent, a region of the world."""
    return place.kind in ("region", "other") and place.country is None


def _drawn_inside(frame: Frame, country: Place) -> Place | None:
    """A country the map cuts, its middle far beyond the edge ("Russia" beside Moscow and
    Kyiv, its middle in Siberia), marked where the frame comes nearest its middle, if its
    own outline is there; the place's coordinates stay its own."""
    margin_lon, margin_lat = (frame.east - frame.west) / 20, (frame.north - frame.south) / 20
    lon = min(max(country.lon, frame.west + margin_lon), frame.east - margin_lon)  # type: ignore[type-var]
    lat = min(max(country.lat, frame.south + margin_lat), frame.north - margin_lat)  # type: ignore[type-var]
    numeric = numeric_code(country.country)
    if any(c.numeric == numeric and c.contains(lat, lon) for c in load_countries()):
        return replace(country, lat=lat, lon=lon)
    return None


def _just_beyond(frame: Frame, lon: float, lat: float) -> bool:
    """Whether a point lies outside the frame by no more than a tenth of its size."""
    reach_lon, reach_lat = (frame.east - frame.west) / 10, (frame.north - frame.south) / 10
    return (frame.west - reach_lon <= lon <= frame.east + reach_lon
            and frame.south - reach_lat <= lat <= frame.north + reach_lat)


def _near(centre: Place, place: Place) -> bool:
    """Whether a place belongs to the story's region around `centre`: within `REGION_KM` of
    it, or in the same country when either is the country itself ("the United States"
    counts for Alabama and Alabama for it, not for Mexico City)."""
    if "country" in (place.kind, centre.kind) and place.country == centre.country:
        return True
    if place.kind == "country" and centre.kind != "country":
        return False
    return distance_km(centre.lat, centre.lon, place.lat, place.lon) <= REGION_KM  # type: ignore[arg-type]


def _path(frame: Frame, rings: list[np.ndarray]) -> str:
    """SVG path data of rings, clamped to just outside the frame and thinned to whole pixels."""
    pad = 4
    parts = []
    for ring in rings:
        # Projected, clamped and rounded in one go; runs of equal points (whole coastlines
        # pressed onto the frame's edge when it closes in on a city) collapse before the loop.
        x = np.rint(np.clip((ring[:, 0] - frame.west) * frame.aspect * frame.scale,
                            -pad, WIDTH + pad))
        y = np.rint(np.clip((frame.north - ring[:, 1]) * frame.scale, -pad, frame.height + pad))
        moved = np.ones(len(x), dtype=bool)
        moved[1:] = (np.diff(x) != 0) | (np.diff(y) != 0)
        points: list[tuple[int, int]] = []
        for point in zip(x[moved].astype(int).tolist(), y[moved].astype(int).tolist(),
                         strict=True):
            if points and abs(point[0] - points[-1][0]) + abs(point[1] - points[-1][1]) < 2:
                continue  # closer than two pixels to the last point kept
            if len(points) > 1 and (points[-2][0] == points[-1][0] == point[0]
                                    or points[-2][1] == points[-1][1] == point[1]):
                points[-1] = point  # a straight run, along a clamped edge most often
            else:
                points.append(point)
        points = _simplify(points, 1.0)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if len(points) > 2 and max(xs) - min(xs) + max(ys) - min(ys) > 3:  # not a speck
            parts.append("M" + "L".join(f"{x},{y}" for x, y in points) + "Z")
    return "".join(parts)


# Outline detail in degrees: a map needs no point closer than half a pixel to the line, so a
# wide frame reads a thinned copy of the atlas.
DETAILS = (0.2, 0.1, 0.05, 0.02, 0.01)


@cache
def _polygons() -> tuple[tuple[str, tuple[float, float, float, float], tuple[Ring, ...]], ...]:
    """Every polygon of the atlas, in atlas order, with its country's ISO numeric code and the
    box of its outer ring as the atlas writes it."""
    out = []
    for country in load_countries():
        for polygon in country.polygons:
            lons, lats = [p[0] for p in polygon[0]], [p[1] for p in polygon[0]]
            out.append((country.numeric, (min(lons), min(lats), max(lons), max(lats)), polygon))
    return tuple(out)


@cache
def _rings(index: int, detail: float) -> tuple[np.ndarray, ...]:
    """The rings of the atlas's `index`th polygon as (lon, lat) rows, outer ring first,
    continuous across ±180° and thinned to `detail` degrees (0: as drawn). Thinned when first
    drawn: most maps show a few countries."""
    polygon = _polygons()[index][2]
    return tuple(np.array(_simplify(list(unwrap(r)), detail) if detail else unwrap(r))
                 for r in polygon)


def _detail(frame: Frame) -> float:
    return next((d for d in DETAILS if d <= 0.5 / frame.scale), 0.0)


def _label_place(x: int, y: int, name: str, placed: list[tuple[float, float, float, float]]
                 ) -> tuple[int, int, str] | None:
    """Where a label fits beside its marker (x, baseline y and text anchor): right, left,
    above or below, without covering a marker or a label already placed, or leaving the map;
    None when nowhere. Records it."""
    width = 7.5 * len(name) + 2  # a 13px sans-serif, roughly, capitals wider
    sides = [(x + 10, y + 4, "start"), (x - 10, y + 4, "end"), (x, y - 10, "middle"),
             (x, y + 18, "middle")]
    if x > WIDTH * 0.75:
        sides[0], sides[1] = sides[1], sides[0]
    for tx, ty, anchor in sides:
        left = {"start": tx, "end": tx - width, "middle": tx - width / 2}[anchor]
        box = (left, ty - 11, left + width, ty + 3)
        inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0
        if inside and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                              for b in placed):
            placed.append(box)
            return round(tx), round(ty), anchor
    return None


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: drop the points within `tolerance` pixels of the line that skips them."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        length = math.hypot(x1 - x0, y1 - y0)
        farthest, index = 0.0, 0
        for i in range(first + 1, last):
            x, y = points[i]
            gap = (abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length if length
                   else math.hypot(x - x0, y - y0))
            if gap > farthest:
                farthest, index = gap, i
        if farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _markers(frame: Frame, places: Sequence[Place]) -> dict[tuple[int, int], list[Place]]:
    """One marker per point, and a facility's on a place whose marker it would overlap (an
    airport just out of town), as one that borrows its city's point shares the city's. Towns
    side by side keep a marker each."""
    spots = {id(p): _spot(frame, p) for p in places}
    cells: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for place in places:
        if place.kind != "facility":
            x, y = spots[id(place)]
            cells.setdefault((x // MARKER_RADIUS, y // MARKER_RADIUS), []).append((x, y))
    markers: dict[tuple[int, int], list[Place]] = {}
    for place in places:
        x, y = spot = spots[id(place)]
        if place.kind == "facility":
            near = [s for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    for s in cells.get((x // MARKER_RADIUS + dx, y // MARKER_RADIUS + dy), ())
                    if math.dist(s, spot) < MARKER_RADIUS]
            spot = min(near, key=lambda s: math.dist(s, spot), default=spot)
        markers.setdefault(spot, []).append(place)
    return markers


def _spot(frame: Frame, place: Place) -> tuple[int, int]:
    x, y = frame.xy(place.lon, place.lat)  # type: ignore[arg-type]
    return round(x), round(y)


def world() -> Frame:
    """The inhabited world, for the site-wide map."""
    return Frame(-180.0, -58.0, 180.0, 84.0)


def draw(places: Sequence[Place], label: str = "Map of the places in this article", *,
         frame: Frame | None = None, href: Callable[[Place], str] | None = None,
         radius: Callable[[Place], float] | None = None, lead: Sequence[Span] = ()) -> Markup:
    """The map as inline SVG, or empty Markup when no place has coordinates.

    By default it frames the article's places around its `lead` and links each marker to its
    row on the page; the site-wide map passes the world's frame, links to place pages and
    sized markers.
    """
    if frame is None:
        frame, on_map, _ = framed(places, lead)
        if frame is None:
            return Markup("")
    else:
        on_map = [p for p in places if p.lat is not None and p.lon is not None
                  and frame.contains(p.lon, p.lat)]
    href = href or (lambda place: f"#place-{place.id}")
    named = {numeric_code(p.country) for p in places if p.kind == "country"}
    land: list[np.ndarray] = []
    shaded: list[np.ndarray] = []
    detail = _detail(frame)
    for index, (country, box, _) in enumerate(_polygons()):
        if frame.overlaps(box):
            (shaded if country in named else land).extend(_rings(index, detail))
    height = frame.height
    out = [Markup('<svg class="ex-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 '
                  f'{WIDTH} {height}" role="img" aria-label="{attr(label)}">'),
           Markup(f'<rect class="ex-map-sea" width="{WIDTH}" height="{height}"/>')]
    for css, rings in (("ex-map-land", land), ("ex-map-named", shaded)):
        data = _path(frame, rings)
        if data:
            out.append(Markup(f'<path class="{css}" fill-rule="evenodd" d="{data}"/>'))

    markers = _markers(frame, on_map)
    # Labels keep off every marker as well as off each other: a city's dot must not hide its
    # country's name.
    labels: list[tuple[float, float, float, float]] = [
        (x - MARKER_RADIUS, y - MARKER_RADIUS, x + MARKER_RADIUS, y + MARKER_RADIUS)
        for x, y in markers]
    for n, ((x, y), group) in enumerate(markers.items()):
        first = group[0]
        names = ", ".join(p.name for p in group)
        if radius is not None:
            shape = Markup(f'<circle cx="{x}" cy="{y}" r="{radius(first):.1f}"/>')
        elif first.kind in ("country", "region"):
            shape = Markup(f'<rect x="{x - 5}" y="{y - 5}" width="10" height="10"/>')
        else:
            shape = Markup(f'<circle cx="{x}" cy="{y}" r="{MARKER_RADIUS}"/>')
        text = Markup("")
        where = _label_place(x, y, first.name, labels) if n < MAX_LABELS else None
        if where:
            tx, ty, anchor = where
            text = Markup(f'<text x="{tx}" y="{ty}" text-anchor="{anchor}">'
                          f"{escape(first.name)}</text>")
        out.append(Markup(f'<a class="ex-map-marker ex-map-{attr(first.kind)}" '
                          f'href="{attr(href(first))}"><title>{escape(names)}</title>')
                   + shape + text + Markup("</a>"))
    out.append(Markup("</svg>"))
    return Markup("").join(out)
