"""The floor plans: every shelf of the demo branch is on a plan and in its SVG,
and routes are shortest walks split by floor."""
import itertools

import pytest
from PySide6.QtSvg import QSvgRenderer

from kiosk.config import LibraryConfig
from kiosk.demo_data import LOCATIONS
from ui.floor_plan import FloorPlan, PlanError


@pytest.fixture(scope="module")
def plan():
    return FloorPlan()


def test_every_demo_shelf_is_on_the_plan_and_drawn(plan):
    shelves = [(loc_id, floor) for loc_id, _, _, kind, branch, floor, _ in LOCATIONS
               if kind == "shelf" and branch == "SZL"]
    assert len(shelves) == 7
    for loc_id, floor in shelves:
        assert plan.floor_of(loc_id) == str(floor)
        assert QSvgRenderer(str(plan.svg_path(str(floor)))).elementExists(loc_id), loc_id


def test_the_terminal_place_from_config_is_on_the_plan(plan):
    assert plan.knows(LibraryConfig().terminal_place)


def test_route_to_the_second_floor_changes_floor_by_stairs_or_lift(plan):
    legs = plan.route("selfcheck-1f", "SZL-2A")
    assert [leg.floor for leg in legs] == ["1", "2"]
    assert legs[0].points[0] == plan.nodes["1:term"][1:]
    way = next(k for k in ("lift", "stairs") if legs[0].points[-1] == plan.nodes[f"1:{k}"][1:])
    assert legs[1].points[0] == plan.nodes[f"2:{way}"][1:]
    assert legs[1].points[-1] == plan.nodes["2:2A"][1:]


def test_route_takes_the_cheaper_way_up(plan):
    """The lift costs more to take than the stairs, but from this terminal the
    stairs are far enough to lose: the route must be the cheaper total."""
    def cost(points, floor_change):
        import math
        return sum(math.dist(a, b) for a, b in itertools.pairwise(points)) + floor_change
    legs = plan.route("selfcheck-1f", "SZL-2A")
    chosen = cost(legs[0].points, 0) + cost(legs[1].points, 0)
    assert legs[0].points[-1] == plan.nodes["1:lift"][1:]
    assert chosen + 450 < cost(plan.route("selfcheck-1f", "stairs-1f")[0].points, 0) + 300 + \
        cost(plan.route("stairs-2f", "SZL-2A")[0].points, 0)


def test_route_on_one_floor_is_the_shortest(plan):
    legs = plan.route("selfcheck-1f", "desk-1f")
    assert len(legs) == 1
    assert legs[0].points == (plan.nodes["1:term"][1:], plan.nodes["1:hall"][1:],
                              plan.nodes["1:desk"][1:])


def test_names_in_each_language(plan):
    assert plan.name("SZL-2A", "zh_CN") == "二楼 A 区 文学"
    assert plan.name("SZL-2A", "en") == "2F Zone A Literature"
    assert plan.name("SZL-2A", "zh_HK") == "二樓 A 區 文學"


def test_unknown_place_is_a_clear_error(plan):
    with pytest.raises(PlanError, match="no place 'SZL-9Z'"):
        plan.route("selfcheck-1f", "SZL-9Z")


def test_broken_plan_file_is_a_clear_error(tmp_path):
    (tmp_path / "floors.json").write_text('{"floors": {}, "nodes": {}, "edges": [["a", "b"]], '
                                          '"places": {}}')
    with pytest.raises(PlanError, match="unknown node"):
        FloorPlan(tmp_path)


# sizes the plans get on the terminal: the large plan portrait and landscape, the
# smaller one beside the QR code (portrait), and smaller still
PLAN_SIZES = ((984, 689), (760, 532), (520, 364), (300, 210))


@pytest.mark.parametrize("lang", ["zh_CN", "en", "zh_HK"])
@pytest.mark.parametrize("floor", ["1", "2"])
@pytest.mark.parametrize("theme", ["normal", "large"])
def test_map_labels_fit_their_boxes_at_24_px_or_more_and_never_overlap(qtbot, plan, lang,
                                                                       floor, theme):
    from ui.app import application, apply_look
    from ui.theme import get_theme
    from ui.widgets.floor_map import MIN_PX, FloorMapView

    t = get_theme(theme)
    apply_look(application(), t, lang)
    target = "SZL-2A" if floor == "2" else "SZL-1B"
    leg = next(leg for leg in plan.route("selfcheck-1f", target) if leg.floor == floor)
    for size, px in zip(PLAN_SIZES, (t.secondary, t.secondary, t.small, t.small)):
        view = FloorMapView(plan, floor, px)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        view.show_route(target, leg, "selfcheck-1f", lang)
        labels = view.labels
        where = f"{lang} floor {floor} at {size}"
        assert labels or view.scale_ < 0.4, where     # a stamp-sized plan may have none
        for label in labels:
            assert label.px * view.scale_ >= MIN_PX, (where, label)
            box = view.renderer.boundsOnElement(label.place)
            assert box.contains(label.rect) == label.inside, (where, label)
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not a.rect.intersects(b.rect), (where, a, b)
        if view.scale_ >= 0.7:       # a large plan names every shelf, in its box
            shelves = {p for p in plan.places if p.startswith("SZL-") and
                       plan.floor_of(p) == floor}
            assert {lb.place for lb in labels if lb.inside} >= shelves, where
            assert any(lb.text.replace("\n", " ") == plan.short_name(target, lang)
                       for lb in labels), where
