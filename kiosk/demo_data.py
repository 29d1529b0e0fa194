"""Deterministic demo data, and synthetic catalogues for benchmarks.

The same seed gives the same library every time, so the README, the tests
and the screenshots can name real cards and barcodes. Real, well-known titles
are included so that anyone can try the search; their ISBNs carry valid check
digits but are for demonstration.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher

from .domain.policy import DEFAULT_POLICY

DEMO_PIN = "1234"
#: item barcodes are 31 and eight digits (3100000001…), card numbers 0440 and six
#: (0440000001…): distinct ranges, as real libraries keep them, so a code alone
#: says whether it is a book or a reader
ITEM_PREFIX = "31"
# Cards the docs and tests name; each has a linked RFID card UID.
DEMO_PATRONS = [
    # card, name, card type, status, uid
    ("0440000001", "张晓明", "pengcheng", "active", "04A1B2C3"),
    ("0440000002", "李华", "pengcheng", "active", "04A1B2C4"),  # overdue loan and a fee
    ("0440000003", "王芳", "deposit100", "blocked", "04A1B2C5"),
    ("0440000004", "陈小宇", "child", "active", "04A1B2C6"),
    ("0440000005", "Emily Chen", "deposit300", "active", "04A1B2C7"),
    ("0440000006", "刘建国", "pengcheng", "active", "04A1B2C8"),  # a hold waiting for pickup
]

REAL_TITLES = [
    ("三体", "刘慈欣", "9787536692930", "重庆出版社", 2008, "zh", "I247.55/1"),
    ("活着", "余华", "9787506365437", "作家出版社", 2012, "zh", "I247.57/2"),
    ("围城", "钱钟书", "9787020090006", "人民文学出版社", 1991, "zh", "I246.57/3"),
    ("红楼梦", "曹雪芹", "9787020002207", "人民文学出版社", 1996, "zh", "I242.47/4"),
    ("平凡的世界", "路遥", "9787530216781", "北京十月文艺出版社", 2017, "zh", "I247.57/5"),
    ("白鹿原", "陈忠实", "9787020090662", "人民文学出版社", 2012, "zh", "I247.57/6"),
    ("朝花夕拾", "鲁迅", "9787020087693", "人民文学出版社", 2014, "zh", "I210.4/7"),
    (
        "The Little Prince",
        "Antoine de Saint-Exupéry",
        "9780156012195",
        "Harcourt",
        2000,
        "en",
        "I565.88/8",
    ),
    (
        "One Hundred Years of Solitude",
        "Gabriel García Márquez",
        "9780060883287",
        "Harper Perennial",
        2006,
        "en",
        "I775.45/9",
    ),
    (
        "Pride and Prejudice",
        "Jane Austen",
        "9780141439518",
        "Penguin Classics",
        2003,
        "en",
        "I561.44/10",
    ),
]

BRANCH = "SZL"
LOCATIONS = [
    # id, zh, en, kind, branch, floor, call range
    ("SZL", "深圳图书馆", "Shenzhen Library", "branch", "SZL", None, None),
    ("FT", "福田区图书馆", "Futian District Library", "branch", "FT", None, None),
    ("NS", "南山图书馆", "Nanshan Library", "branch", "NS", None, None),
    (
        "SS-CGC",
        "自助图书馆（市民中心站）",
        "Self-service library (Civic Center)",
        "selfservice",
        "SZL",
        None,
        None,
    ),
    (
        "SS-SZB",
        "自助图书馆（深圳北站）",
        "Self-service library (Shenzhen North)",
        "selfservice",
        "SZL",
        None,
        None,
    ),
    ("SZL-1A", "一楼 A 区 综合图书", "1F Zone A General", "shelf", "SZL", 1, ("A", "H")),
    ("SZL-1B", "一楼 B 区 社科图书", "1F Zone B Social sciences", "shelf", "SZL", 1, ("J", "H~")),
    ("SZL-1P", "一楼 期刊区", "1F Periodicals", "shelf", "SZL", 1, None),
    ("SZL-2A", "二楼 A 区 文学", "2F Zone A Literature", "shelf", "SZL", 2, ("I", "I~")),
    ("SZL-2B", "二楼 B 区 科技", "2F Zone B Science & technology", "shelf", "SZL", 2, ("N", "Z~")),
    ("SZL-2F", "二楼 外文图书", "2F Foreign-language books", "shelf", "SZL", 2, None),
    ("SZL-2V", "二楼 视听资料", "2F Audio-visual", "shelf", "SZL", 2, None),
    ("FT-1", "福田区图书馆 一楼", "Futian 1F", "shelf", "FT", 1, None),
    ("NS-1", "南山图书馆 一楼", "Nanshan 1F", "shelf", "NS", 1, None),
]

_ZH_WORDS = [
    "春天",
    "故乡",
    "城市",
    "河流",
    "远方",
    "星空",
    "月光",
    "时间",
    "记忆",
    "少年",
    "大海",
    "山村",
    "花园",
    "岁月",
    "梦想",
    "旅途",
    "灯火",
    "风雨",
    "明天",
    "家园",
    "森林",
    "草原",
    "书店",
    "历史",
    "文明",
    "科学",
    "宇宙",
    "数学",
    "经济",
    "哲学",
    "艺术",
    "音乐",
    "教育",
    "心理",
    "人生",
    "世界",
    "中国",
    "深圳",
    "南方",
    "北方",
    "江湖",
    "长河",
    "秘密",
    "光影",
]
_ZH_PATTERNS = (
    "{a}的{b}",
    "{a}与{b}",
    "走进{a}",
    "{a}{b}",
    "{a}简史",
    "我的{a}",
    "{a}之路",
    "{a}的故事",
    "寻找{a}",
    "{a}{b}手记",
)
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
)
_ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国晓宇婷雪梅文斌鹏辉玲"
_EN_ADJ = [
    "Silent",
    "Hidden",
    "Last",
    "Little",
    "Great",
    "Lost",
    "Secret",
    "Golden",
    "Broken",
    "Distant",
    "Quiet",
    "Wild",
    "Bright",
    "Dark",
    "Ancient",
    "Modern",
    "Curious",
    "Gentle",
]
_EN_NOUN = [
    "River",
    "Garden",
    "City",
    "Ocean",
    "Mountain",
    "Journey",
    "Library",
    "Island",
    "Letter",
    "Winter",
    "Summer",
    "Forest",
    "Machine",
    "Kingdom",
    "Harbour",
    "Orchard",
    "Lantern",
    "Voyage",
]
_EN_FIRST = [
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Susan",
    "Daniel",
    "Karen",
]
_EN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Miller",
    "Wilson",
    "Moore",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
]
_CLC = (
    "B82",
    "D668",
    "F12",
    "G25",
    "H31",
    "I247.5",
    "I267",
    "I712.45",
    "I561.45",
    "J22",
    "K20",
    "O1",
    "TP31",
    "R16",
    "Q94",
    "K825",
)


def _isbn13(rng: random.Random) -> str:
    core = "9787" + "".join(str(rng.randrange(10)) for _ in range(8))
    total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(core))
    return core + str((10 - total % 10) % 10)


def _zh_name(rng: random.Random) -> str:
    return rng.choice(_ZH_SURNAMES) + "".join(
        rng.choice(_ZH_GIVEN) for _ in range(rng.choice((1, 2)))
    )


def synthetic_titles(n: int, seed: int = 7, start: int = 0) -> Iterator[dict]:
    """n plausible titles, two Chinese to one English, with CLC call numbers."""
    rng = random.Random(seed)
    for i in range(start, start + n):
        if i % 3 == 2:
            title = f"The {rng.choice(_EN_ADJ)} {rng.choice(_EN_NOUN)}"
            if rng.random() < 0.4:
                title += f" of the {rng.choice(_EN_NOUN)}"
            author, language = f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}", "en"
            clc = rng.choice(("I712.45", "I561.45", "H31"))
        else:
            title = rng.choice(_ZH_PATTERNS).format(
                a=rng.choice(_ZH_WORDS), b=rng.choice(_ZH_WORDS)
            )
            author, language, clc = _zh_name(rng), "zh", rng.choice(_CLC)
        kind = rng.choices(("book", "periodical", "audiovisual", "braille"), (86, 7, 6, 1))[0]
        if kind == "periodical":
            title = f"{title}（{2020 + i % 6}年第{i % 12 + 1}期）"
        yield {
            "id": f"T{i:07d}",
            "title": title,
            "author": author,
            "isbn": _isbn13(rng),
            "publisher": rng.choice(
                ("人民文学出版社", "商务印书馆", "中华书局", "Penguin", "Vintage", "海天出版社")
            ),
            "year": rng.randrange(1980, 2026),
            "language": language,
            "material_type": kind,
            "call_number": f"{clc}/{rng.randrange(1, 999)}",
        }


def _shelf_for(title: dict) -> str:
    if title["material_type"] == "periodical":
        return "SZL-1P"
    if title["material_type"] == "audiovisual":
        return "SZL-2V"
    if title["language"] != "zh":
        return "SZL-2F"
    call = title["call_number"]
    return (
        "SZL-2A"
        if call.startswith("I")
        else "SZL-2B"
        if call[0] >= "N"
        else "SZL-1B"
        if call[0] >= "J"
        else "SZL-1A"
    )


def synthetic_items(titles: list[dict], seed: int = 11) -> Iterator[dict]:
    """Copies for titles: mostly here, some at other branches; a few sets with a CD."""
    rng = random.Random(seed)
    n = 0
    for t in titles:
        for copy in range(rng.choice((1, 2, 2, 3))):
            n += 1
            location = (
                _shelf_for(t) if copy == 0 or rng.random() < 0.6 else rng.choice(("FT-1", "NS-1"))
            )
            parts = 2 if t["material_type"] == "book" and rng.random() < 0.02 else 1
            yield {
                "barcode": f"{ITEM_PREFIX}{n:08d}",
                "title_id": t["id"],
                "call_number": t["call_number"],
                "location_id": location,
                "status": "available",
                "material_type": t["material_type"],
                "language": "zh" if t["language"] == "zh" else "foreign",
                "rfid_id": "",
                "parts": parts,
            }


def demo_dataset(now: datetime | None = None) -> dict[str, list[dict]]:
    """The demo library: rows per replica table, ready for Replica.upsert."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    rng = random.Random(2026)
    titles: list[dict] = [
        {
            "id": f"R{i:03d}",
            "title": t,
            "author": a,
            "isbn": isbn,
            "publisher": p,
            "year": y,
            "language": lang,
            "material_type": "book",
            "call_number": call,
        }
        for i, (t, a, isbn, p, y, lang, call) in enumerate(REAL_TITLES, 1)
    ]
    titles += list(synthetic_titles(3000))
    items = list(synthetic_items(titles))
    by_title: dict[str, list[dict]] = {}
    for item in items:
        by_title.setdefault(item["title_id"], []).append(item)
    # every real title has a copy on its shelf here and one elsewhere
    for t in titles[: len(REAL_TITLES)]:
        copies = by_title[t["id"]]
        copies[0]["location_id"] = _shelf_for(t)
        if len(copies) == 1:
            extra = dict(copies[0], barcode=f"{ITEM_PREFIX}9{len(items):07d}", location_id="FT-1")
            items.append(extra)
            copies.append(extra)
    # the set with a CD every demo can use
    set_item = by_title["R008"][0]
    set_item["parts"] = 2

    pin_hash = PasswordHasher().hash(DEMO_PIN)
    patrons: list[dict] = []
    cards: list[dict] = []
    for card, name, card_type, status, uid in DEMO_PATRONS:
        patrons.append(
            {
                "card": card,
                "name": name,
                "card_type": card_type,
                "status": status,
                "blocks": ["unpaid_deposit"] if status == "blocked" else [],
                "expires_at": (now + timedelta(days=700)).isoformat(),
                "points": 120,
                "pin_hash": pin_hash,
            }
        )
        cards.append({"uid": uid, "card": card})
    types = ("pengcheng",) * 6 + (
        "deposit50",
        "deposit100",
        "deposit200",
        "deposit300",
        "child",
        "staff",
    )
    for n in range(len(DEMO_PATRONS) + 1, 231):
        card = f"0440{n:06d}"
        patrons.append(
            {
                "card": card,
                "name": _zh_name(rng),
                "card_type": rng.choice(types),
                "status": "active" if rng.random() > 0.03 else "expired",
                "blocks": [],
                "expires_at": (now + timedelta(days=rng.randrange(30, 900))).isoformat(),
                "points": rng.randrange(0, 500),
                "pin_hash": pin_hash,
            }
        )
        cards.append({"uid": f"05{n:06X}", "card": card})

    loans: list[dict] = []
    fees: list[dict] = []
    holds: list[dict] = []
    free = [
        i
        for i in items[40:]
        if i["location_id"].startswith("SZL")
        and i["material_type"] == "book"
        and i["language"] == "zh"
        and i["parts"] == 1
    ]
    rng.shuffle(free)

    def lend(card: str, item: dict, days_ago: int, renewals: int = 0) -> dict:
        item["status"] = "on_loan"
        out = now - timedelta(days=days_ago)
        loan = {
            "id": f"L{len(loans) + 1:05d}",
            "item_barcode": item["barcode"],
            "patron_card": card,
            "out_at": out.isoformat(),
            "due_at": (out + timedelta(days=DEFAULT_POLICY.rule("book").loan_days)).isoformat(),
            "renewals": renewals,
            "returned_at": None,
            "offline": 0,
        }
        loans.append(loan)
        return loan

    lend("0440000001", free.pop(), 10)
    lend("0440000001", free.pop(), 3)
    lend("0440000002", free.pop(), 45)  # 14 days overdue
    lend("0440000002", free.pop(), 5)
    fees.append(
        {
            "id": "F00001",
            "patron_card": "0440000002",
            "kind": "overdue",
            "amount_fen": 390,
            "item_barcode": free.pop()["barcode"],
            "paid_fen": 0,
            "status": "open",
            "created_at": (now - timedelta(days=20)).isoformat(),
        }
    )
    fees.append(
        {
            "id": "F00002",
            "patron_card": "0440000002",
            "kind": "damaged_tag",
            "amount_fen": DEFAULT_POLICY.damaged_tag_fen,
            "item_barcode": "",
            "paid_fen": 0,
            "status": "open",
            "created_at": (now - timedelta(days=3)).isoformat(),
        }
    )
    lend("0440000005", free.pop(), 20, renewals=1)
    for patron in patrons[len(DEMO_PATRONS) :]:
        if patron["status"] != "active" or rng.random() > 0.5:
            continue
        for _ in range(rng.randrange(1, 4)):
            loan = lend(patron["card"], free.pop(), rng.randrange(1, 60))
            due = datetime.fromisoformat(loan["due_at"])
            if due < now and rng.random() < 0.5:
                fees.append(
                    {
                        "id": f"F{len(fees) + 1:05d}",
                        "patron_card": patron["card"],
                        "kind": "overdue",
                        "amount_fen": min(30 * (now - due).days, 1000),
                        "item_barcode": loan["item_barcode"],
                        "paid_fen": 0,
                        "status": "open",
                        "created_at": due.isoformat(),
                    }
                )
    # holds: 活着 is reserved by 刘建国 and waiting on the holds shelf; 三体 has a queue
    waiting = by_title["R002"][0]
    waiting["status"] = "on_hold_shelf"
    holds.append(
        {
            "id": "H00001",
            "title_id": "R002",
            "patron_card": "0440000006",
            "placed_at": (now - timedelta(days=4)).isoformat(),
            "status": "waiting",
            "pickup_location": "SZL",
            "item_barcode": waiting["barcode"],
            "expires_at": (now + timedelta(days=5)).isoformat(),
            "advance": 0,
        }
    )
    holds.append(
        {
            "id": "H00002",
            "title_id": "R004",
            "patron_card": "0440000001",
            "placed_at": (now - timedelta(days=2)).isoformat(),
            "status": "pending",
            "pickup_location": "SS-CGC",
            "item_barcode": "",
            "expires_at": None,
            "advance": 1,
        }
    )
    for n, patron in enumerate(rng.sample(patrons[len(DEMO_PATRONS) :], 25)):
        title = rng.choice(titles[len(REAL_TITLES) :])
        holds.append(
            {
                "id": f"H{n + 3:05d}",
                "title_id": title["id"],
                "patron_card": patron["card"],
                "placed_at": (now - timedelta(days=rng.randrange(1, 20))).isoformat(),
                "status": "pending",
                "pickup_location": rng.choice(("SZL", "FT", "NS")),
                "item_barcode": "",
                "expires_at": None,
                "advance": 0,
            }
        )
    locations = [
        {
            "id": i,
            "name_zh": zh,
            "name_en": en,
            "kind": kind,
            "branch": branch,
            "floor": floor,
            "call_from": rng_[0] if rng_ else None,
            "call_to": rng_[1] if rng_ else None,
        }
        for i, zh, en, kind, branch, floor, rng_ in LOCATIONS
    ]
    return {
        "locations": locations,
        "titles": titles,
        "items": items,
        "patrons": patrons,
        "patron_cards": cards,
        "loans": loans,
        "fees": fees,
        "holds": holds,
        "policies": [{"key": "loan_policy", "value": DEFAULT_POLICY.to_dict()}],
    }


def load_into(replica, dataset: dict[str, list[dict]]) -> dict[str, int]:
    """Load a dataset into a terminal's replica in one transaction, without the PIN
    hashes: they stay at the centre (an offline terminal holds only keyed ones)."""
    with replica.transaction():
        return {table: replica.upsert(table, [{**r, "pin_hash": None} for r in rows]
                                      if table == "patrons" else rows)
                for table, rows in dataset.items()}
