"""Where a returned copy goes: the one rule, used by the terminal (its guess,
also when offline) and by the centre (the answer that counts).

A copy goes to the first reader who reserved its title: onto this place's
holds shelf when the pickup place is here, in transit to the pickup place when
it is elsewhere (a self-service machine is its own pickup point, even when a
branch runs it). Otherwise it goes home: in transit when its shelf belongs to
another branch, back on the shelf when it is this branch's.
"""
from __future__ import annotations

from dataclasses import dataclass

from .models import Hold, HoldStatus, Item, ItemStatus, Location

HOLDS_SHELF, TRANSIT, SHELF = "holds_shelf", "transit", "shelf"


@dataclass(frozen=True)
class ReturnRoute:
    route: str                  # holds_shelf | transit | shelf
    destination: str            # the location id the copy goes to
    hold: Hold | None = None    # the hold it goes to

    @property
    def item_status(self) -> ItemStatus:
        return route_item_status(self.route)

    @property
    def hold_status(self) -> HoldStatus | None:
        """The hold's status once the copy is routed: waiting on the shelf here,
        still pending while the copy travels."""
        if self.hold is None:
            return None
        return HoldStatus.WAITING if self.route == HOLDS_SHELF else HoldStatus.PENDING


def route_item_status(route: str) -> ItemStatus:
    return {HOLDS_SHELF: ItemStatus.ON_HOLD_SHELF,
            TRANSIT: ItemStatus.IN_TRANSIT}.get(route, ItemStatus.AVAILABLE)


def branch_of(place: Location | None, place_id: str) -> str:
    """The branch a location belongs to; a location unknown here is named
    <branch>-<rest> by convention."""
    if place is not None and place.branch:
        return place.branch
    return place_id.split("-")[0]


def route_return(item: Item, *, here: str, hold: Hold | None,
                 home: Location | None) -> ReturnRoute:
    """here: the place the copy was returned at (a branch, or a self-service
    machine's own id; "" when unknown: no transit); hold: the hold it should go to (trapped for it, or first
    in its title's queue); home: the location of its shelf."""
    if hold is not None:
        route = HOLDS_SHELF if hold.pickup_location == here else TRANSIT
        return ReturnRoute(route, hold.pickup_location, hold)
    if here and branch_of(home, item.location_id) != here:
        return ReturnRoute(TRANSIT, item.location_id)
    return ReturnRoute(SHELF, item.location_id)
