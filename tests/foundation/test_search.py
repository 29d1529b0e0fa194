"""Each search case a reader relies on, against the demo replica."""
import pytest

from sync.search_terms import isbn13


def titles(replica, query, limit=20):
    return [h.title.title for h in replica.search(query, limit=limit)]


@pytest.mark.parametrize("query,first", [
    ("三体", "三体"), ("santi", "三体"), ("圍城", "围城"), ("围城", "围城"),
    ("little prin", "The Little Prince"), ("LITTLE PRINCE", "The Little Prince"),
    ("平凡的世界", "平凡的世界"), ("白鹿", "白鹿原"), ("pride and", "Pride and Prejudice"),
    ("garcia marquez", "One Hundred Years of Solitude"),  # diacritics folded
    ("钱钟书", "围城"), ("luxun", "朝花夕拾"), ("卢迅", None),
])
def test_right_title_first(demo_replica, query, first):
    got = titles(demo_replica, query)
    if first is None:
        assert "朝花夕拾" not in got
    else:
        assert got and got[0] == first, got[:5]


@pytest.mark.parametrize("query,expected", [("st", "三体"), ("活", "活着"), ("hz", "活着"),
                                            ("三", "三体")])
def test_short_queries_include(demo_replica, query, expected):
    assert expected in titles(demo_replica, query, limit=50)


def test_single_character_finds_substrings_only(demo_replica):
    for title in titles(demo_replica, "活", limit=50):
        assert "活" in title or "活" in title  # title or author holds the character


def test_traditional_query_and_record_both_ways(tmp_path):
    from sync.replica import Replica
    replica = Replica(tmp_path / "r.db")
    with replica.transaction():
        replica.upsert("titles", [{"id": "X1", "title": "紅樓夢", "author": "曹雪芹"}])
    assert titles(replica, "红楼梦") == ["紅樓夢"]
    assert titles(replica, "hongloumeng") == ["紅樓夢"]


@pytest.mark.parametrize("typed", ["9787536692930", "978-7-5366-9293-0", "978 7 5366 9293 0"])
def test_isbn_with_or_without_hyphens(demo_replica, typed):
    assert titles(demo_replica, typed)[0] == "三体"


def test_isbn10_finds_isbn13_record(tmp_path):
    from sync.replica import Replica
    replica = Replica(tmp_path / "r.db")
    with replica.transaction():
        replica.upsert("titles", [{"id": "P", "title": "The Little Prince",
                                   "isbn": "978-0-15-601219-5"}])
    assert titles(replica, "0-15-601219-7") == ["The Little Prince"]
    assert isbn13("0156012191") is None      # wrong check digit is not an ISBN


def test_call_number_and_barcode(demo_replica):
    assert titles(demo_replica, "I247.55/1")[0] == "三体"
    barcode = demo_replica.conn.execute(
        "SELECT barcode FROM items WHERE title_id = 'R003' LIMIT 1").fetchone()[0]
    assert titles(demo_replica, barcode)[0] == "围城"


def test_availability_per_location(demo_replica):
    hit = demo_replica.search("平凡的世界")[0]
    assert hit.availability, "availability is listed per location"
    assert sum(a.total for a in hit.availability) >= 2
    assert all(0 <= a.available <= a.total for a in hit.availability)
    data = hit.to_json()
    for key in ("title", "author", "isbn", "call_number", "availability", "available"):
        assert key in data


def test_nonsense_and_punctuation_do_not_crash(demo_replica):
    for query in ['"', "AND", "*", "(", "NEAR(", "'; DROP TABLE titles; --", "   ", "🙂"]:
        demo_replica.search(query)   # no exception
    assert titles(demo_replica, "zzqxj") == []


def test_index_follows_updates_and_deletes(tmp_path):
    from sync.replica import Replica
    replica = Replica(tmp_path / "r.db")
    with replica.transaction():
        replica.upsert("titles", [{"id": "A", "title": "活着", "author": "余华"}])
    with replica.transaction():
        replica.upsert("titles", [{"id": "A", "title": "许三观卖血记", "author": "余华"}])
    assert titles(replica, "活着") == []
    assert titles(replica, "许三观") == ["许三观卖血记"]
    with replica.transaction():
        replica.delete("titles", ["A"])
    assert titles(replica, "余华") == []


def _holdings(replica, title_id):
    return replica.conn.execute("SELECT count(*) FROM items WHERE title_id = ?",
                                (title_id,)).fetchone()[0]


@pytest.mark.parametrize("query", [
    "光",            # Chinese, one character
    "故乡",          # two characters
    "的故事",        # three or more
    "guxiang",       # pinyin, whole
    "gx",            # pinyin initials
    "故鄉",          # Traditional
    "gard",          # English prefix
    "the silent",    # English words
])
def test_order_exact_then_prefix_then_most_held(demo_replica, query):
    """The demo catalogue has twenty or more title matches for each of these:
    exact titles come first, then titles starting with the query, then the
    rest; within each, titles with more copies first."""
    from sync.search_terms import simplify
    hits = demo_replica.search(query, limit=20)
    assert len(hits) == 20
    wanted = simplify(query)
    order = []
    for hit in hits:
        title = simplify(hit.title.title)
        closeness = 0 if title == wanted else 1 if title.startswith(wanted) else 2
        order.append((closeness, -_holdings(demo_replica, hit.title.id)))
    assert order == sorted(order), [(h.title.title, o) for h, o in zip(hits, order)]


def test_most_held_title_first_among_hundreds_of_matches(tmp_path):
    """A title with many copies is found first though it is the last of 300
    matches to arrive, and its copies came after it (as in a sync: titles,
    then items); when its copies go, it goes back among the others."""
    from sync.replica import Replica
    replica = Replica(tmp_path / "r.db")
    records = [{"id": f"T{n:03d}", "title": f"时光{n:03d}", "author": "某人"} for n in range(300)]
    with replica.transaction():
        replica.upsert("titles", records)
    copies = [{"barcode": f"B{n:03d}", "title_id": f"T{n:03d}"} for n in range(300)]
    copies += [{"barcode": f"X{n:02d}", "title_id": "T299"} for n in range(24)]
    with replica.transaction():
        replica.upsert("items", copies)
    assert titles(replica, "光")[0] == "时光299"
    assert titles(replica, "shiguang")[0] == "时光299"
    with replica.transaction():
        replica.delete("items", [f"X{n:02d}" for n in range(24)])
    assert "时光299" not in titles(replica, "光")
