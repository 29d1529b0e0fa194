"""Floor plans as data: which floor a place is on, and the shortest walk to it.

assets/maps/floors.json names the SVG of each floor, a walkable graph (nodes in
SVG user units, edges between them; an edge across floors is a stair or lift
with its own cost) and the places (shelves and named places, by the SVG element
id) with the node at their door. A centre's locations stream can ship another
floors.json and SVGs; nothing here knows the demo branch.
"""
from __future__ import annotations

import heapq
import json
import math
from dataclasses import dataclass
from pathlib import Path

from ui.assets import asset_path

MAP_DIR = asset_path("maps")


class PlanError(ValueError):
    """A place or floor the plan does not know, or a plan file that does not hold together."""


@dataclass(frozen=True)
class Leg:
    """The part of a route on one floor: points in SVG units, start to end."""
    floor: str
    points: tuple[tuple[float, float], ...]


class FloorPlan:
    def __init__(self, directory: Path = MAP_DIR):
        self.directory = Path(directory)
        path = self.directory / "floors.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.floors: dict[str, dict] = data["floors"]
            self.nodes = {k: (str(v[0]), float(v[1]), float(v[2])) for k, v in data["nodes"].items()}
            self.places: dict[str, dict] = data["places"]
            edges = data["edges"]
        except (OSError, KeyError, ValueError, IndexError) as exc:
            raise PlanError(f"{path}: not a usable floor plan ({exc})") from None
        self.graph: dict[str, list[tuple[str, float]]] = {k: [] for k in self.nodes}
        for edge in edges:
            a, b = edge[0], edge[1]
            if a not in self.nodes or b not in self.nodes:
                raise PlanError(f"{path}: edge {a} - {b} names an unknown node")
            cost = float(edge[2]) if len(edge) > 2 else self._distance(a, b)
            self.graph[a].append((b, cost))
            self.graph[b].append((a, cost))
        for place, info in self.places.items():
            if info.get("node") not in self.nodes:
                raise PlanError(f"{path}: place {place} names an unknown node {info.get('node')}")

    def _distance(self, a: str, b: str) -> float:
        (_, ax, ay), (_, bx, by) = self.nodes[a], self.nodes[b]
        return math.hypot(ax - bx, ay - by)

    def svg_path(self, floor: str) -> Path:
        return self.directory / self.floors[floor]["svg"]

    def floor_of(self, place: str) -> str:
        return self.nodes[self._node(place)][0]

    def floor_name(self, floor: str, lang: str) -> str:
        return self.floors[floor].get(lang) or self.floors[floor].get("en") or floor

    def name(self, place: str, lang: str) -> str:
        info = self.places.get(place, {})
        return info.get(lang) or info.get("en") or place

    def short_name(self, place: str, lang: str) -> str:
        """The label on its own floor's plan ("A 区 综合"), else the full name."""
        short = self.places.get(place, {}).get("short") or {}
        return short.get(lang) or short.get("en") or self.name(place, lang)

    def knows(self, place: str) -> bool:
        return place in self.places

    def _node(self, place: str) -> str:
        try:
            return self.places[place]["node"]
        except KeyError:
            raise PlanError(f"no place {place!r} on the floor plan") from None

    def route(self, start: str, goal: str) -> list[Leg]:
        """Dijkstra from place to place, split into one leg per floor, in walking order."""
        source, target = self._node(start), self._node(goal)
        best = {source: 0.0}
        previous: dict[str, str] = {}
        queue = [(0.0, source)]
        while queue:
            cost, node = heapq.heappop(queue)
            if node == target:
                break
            if cost > best.get(node, math.inf):
                continue
            for nxt, step in self.graph[node]:
                if cost + step < best.get(nxt, math.inf):
                    best[nxt] = cost + step
                    previous[nxt] = node
                    heapq.heappush(queue, (cost + step, nxt))
        if target not in best:
            raise PlanError(f"no walkable route from {start} to {goal}")
        path = [target]
        while path[-1] != source:
            path.append(previous[path[-1]])
        path.reverse()
        legs: list[Leg] = []
        for node in path:
            floor, x, y = self.nodes[node]
            if legs and legs[-1].floor == floor:
                legs[-1] = Leg(floor, legs[-1].points + ((x, y),))
            else:
                legs.append(Leg(floor, ((x, y),)))
        return legs
