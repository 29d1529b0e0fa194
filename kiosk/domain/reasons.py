"""Why an act was refused, in words a reader can act on.

A refusal travels as a reason code plus parameters (so the centre and the
terminal agree on it and the outbox can store it); the text is chosen in the
reader's language only when shown. Every code has zh_CN, zh_HK and en text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .clock import day_text

LANGUAGES = ("zh_CN", "en", "zh_HK")

MESSAGES: dict[str, dict[str, str]] = {
    "patron_unknown": {
        "zh_CN": "找不到这张读者证，请到服务台办理。",
        "en": "This card is not recognised. Please ask at the desk.",
        "zh_HK": "找不到這張讀者證，請到服務台辦理。",
    },
    "patron_blocked": {
        "zh_CN": "你的读者证暂不能借书，请到服务台咨询。",
        "en": "Your card cannot borrow at the moment. Please ask at the desk.",
        "zh_HK": "你的讀者證暫不能借書，請到服務台查詢。",
    },
    "patron_expired": {
        "zh_CN": "你的读者证已过期，请到服务台续期。",
        "en": "Your card has expired. Please renew it at the desk.",
        "zh_HK": "你的讀者證已過期，請到服務台續期。",
    },
    "card_lost": {
        "zh_CN": "这张读者证已挂失，请到服务台办理。",
        "en": "This card was reported lost. Please ask at the desk.",
        "zh_HK": "這張讀者證已掛失，請到服務台辦理。",
    },
    "pin_wrong": {
        "zh_CN": "密码不对，请再试一次（还可试 {left} 次）。",
        "en": "Wrong PIN. Please try again ({left} tries left).",
        "zh_HK": "密碼不正確，請再試一次（尚可試 {left} 次）。",
    },
    "pin_locked": {
        "zh_CN": "密码错误次数过多，请 {minutes} 分钟后再试或到服务台。",
        "en": "Too many wrong PINs. Try again in {minutes} minutes or ask at the desk.",
        "zh_HK": "密碼錯誤次數過多，請 {minutes} 分鐘後再試或到服務台。",
    },
    "limit_reached": {
        "zh_CN": "你已借满 {limit} 本{kind}，请先归还再借。",
        "en": "You have borrowed the most {kind_en} items allowed ({limit}). Please return one first.",
        "zh_HK": "你已借滿 {limit} 本{kind}，請先歸還再借。",
    },
    "item_unknown": {
        "zh_CN": "这本书无法识别，请交给服务台。",
        "en": "This item is not recognised. Please hand it to the desk.",
        "zh_HK": "這本書無法識別，請交給服務台。",
    },
    "item_not_loanable": {
        "zh_CN": "这本书仅限馆内阅读，不能外借。",
        "en": "This item is for use in the library only.",
        "zh_HK": "這本書只限館內閱讀，不能外借。",
    },
    "item_on_loan": {
        "zh_CN": "这本书的借阅记录还没有结束，请交给服务台。",
        "en": "This item is still on loan on our records. Please hand it to the desk.",
        "zh_HK": "這本書的借閱紀錄尚未結束，請交給服務台。",
    },
    "item_already_yours": {
        "zh_CN": "这本书你已经借了，到期日 {due}。",
        "en": "You already have this item. It is due on {due}.",
        "zh_HK": "這本書你已經借了，到期日 {due}。",
    },
    "item_on_hold_for_other": {
        "zh_CN": "这本书已被其他读者预约，请交给服务台。",
        "en": "Another reader has reserved this book. Please hand it to the desk.",
        "zh_HK": "這本書已被其他讀者預約，請交給服務台。",
    },
    "item_missing_parts": {
        "zh_CN": "这套资料共 {parts} 件，缺少第 {missing} 件，请放齐后再借。",
        "en": "This set has {parts} parts; part {missing} is missing. Please place all parts.",
        "zh_HK": "這套資料共 {parts} 件，缺少第 {missing} 件，請放齊後再借。",
    },
    "has_overdue": {
        "zh_CN": "你有 {count} 本书已逾期，请先归还。",
        "en": "Overdue items on your card: {count}. Please return them first.",
        "zh_HK": "你有 {count} 本書已逾期，請先歸還。",
    },
    "has_fees": {
        "zh_CN": "你有未缴的滞还费 {amount} 元，请先缴费。",
        "en": "You have unpaid fees of {amount} CNY. Please pay them first.",
        "zh_HK": "你有未繳的逾期費 {amount} 元，請先繳費。",
    },
    "renew_limit": {
        "zh_CN": "这本书已续借过，不能再续借。",
        "en": "This item has already been renewed and cannot be renewed again.",
        "zh_HK": "這本書已續借過，不能再續借。",
    },
    "renew_not_allowed": {
        "zh_CN": "这类资料不能续借。",
        "en": "This kind of item cannot be renewed.",
        "zh_HK": "這類資料不能續借。",
    },
    "renew_reserved": {
        "zh_CN": "这本书已被其他读者预约，不能续借，请按时归还。",
        "en": "Another reader has reserved this item, so it cannot be renewed. Please return it on time.",
        "zh_HK": "這本書已被其他讀者預約，不能續借，請按時歸還。",
    },
    "not_on_loan": {
        "zh_CN": "这本书不在你的借阅记录中。",
        "en": "This item is not on loan to you.",
        "zh_HK": "這本書不在你的借閱紀錄中。",
    },
    "hold_exists": {
        "zh_CN": "你已经预约了这本书。",
        "en": "You have already reserved this title.",
        "zh_HK": "你已經預約了這本書。",
    },
    "hold_limit": {
        "zh_CN": "你最多可同时预约 {limit} 本书。",
        "en": "You can reserve at most {limit} titles at a time.",
        "zh_HK": "你最多可同時預約 {limit} 本書。",
    },
    "offline_not_allowed": {
        "zh_CN": "网络暂时中断，此项服务暂停，请稍后再试或到服务台。",
        "en": "The network is down, so this service is paused. Please try later or ask at the desk.",
        "zh_HK": "網絡暫時中斷，此項服務暫停，請稍後再試或到服務台。",
    },
    "offline_cap": {
        "zh_CN": "网络暂时中断，每位读者最多可借 {limit} 本，请稍后再借。",
        "en": "The network is down: each reader can borrow at most {limit} items for now.",
        "zh_HK": "網絡暫時中斷，每位讀者最多可借 {limit} 本，請稍後再借。",
    },
    "clock_skew": {
        "zh_CN": "本机时间不准，已暂停同步，请联系工作人员。",
        "en": "This terminal's clock is wrong, so syncing is paused. Please tell staff.",
        "zh_HK": "本機時間不準，已暫停同步，請聯絡職員。",
    },
    "security_failed": {
        "zh_CN": "已借出，但防盗标签未能更改，请到服务台处理。",
        "en": "Borrowed, but the security tag could not be changed. Please see staff.",
        "zh_HK": "已借出，但防盜標籤未能更改，請到服務台處理。",
    },
    "rejected_by_centre": {
        "zh_CN": "中心系统未接受此操作：{detail}",
        "en": "The central system did not accept this: {detail}",
        "zh_HK": "中心系統未接受此操作：{detail}",
    },
}

_KIND_NAMES = {"zh": ("中文图书", "Chinese-language"), "foreign": ("外文图书", "foreign-language")}


@dataclass(frozen=True)
class Refusal:
    """A certain 'no', with the reason code the centre and the terminal share."""

    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str = "zh_CN") -> str:
        return message(self.code, lang, **self.params)


def message(code: str, lang: str = "zh_CN", **params) -> str:
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    if "kind" in params and params["kind"] in _KIND_NAMES:
        zh, en = _KIND_NAMES[params["kind"]]
        params = {**params, "kind": zh, "kind_en": en}
    if isinstance(params.get("due"), str):        # an ISO day on the wire
        try:
            params = {**params, "due": day_text(date.fromisoformat(params["due"]), lang)}
        except ValueError:
            pass
    text = texts.get(lang) or texts["zh_CN"]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
