"""The terminal's three looks as data, and the one style sheet made from them.

A theme is colours plus a type scale; `stylesheet(theme)` turns it into QSS so no
widget carries its own colours. The contrast test reads the same numbers, so what
is checked is what is drawn.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ui.assets import asset_path


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str          # cards, rows, inputs
    text: str
    text_secondary: str
    primary: str          # the one calm colour: tiles, primary buttons, header
    on_primary: str
    pressed: str          # what a pressed primary button turns to
    success: str
    warning: str
    error: str
    border: str
    scale: float = 1.0    # type and target size multiplier (large-text mode)
    animate: bool = True
    large: bool = False   # the reader's two switches, each independent of the other
    contrast: bool = False

    # -- type scale (px); nothing under 24 ---------------------------------------
    def px(self, base: int) -> int:
        return round(base * self.scale)

    @property
    def title(self) -> int:
        return self.px(56)

    @property
    def body(self) -> int:
        return self.px(36)

    @property
    def secondary(self) -> int:
        return self.px(28)

    @property
    def small(self) -> int:
        return self.px(24)

    @property
    def target(self) -> int:
        """Minimum touch target height, border and padding included."""
        return self.px(96)

    # The header and footer bands keep the normal theme's sizes in every theme: they
    # are the frame, so they stay put when large text is switched on (the switch
    # itself does not move under the reader's finger) and leave the extra room to
    # the content the reader came for.
    BAND_TYPE = 28
    BAND_TITLE = 44
    BAND_TARGET = 96
    BAND_ICON = 44

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair text is drawn in, for the contrast test."""
        return {
            "body": (self.text, self.background),
            "secondary": (self.text_secondary, self.background),
            "body on surface": (self.text, self.surface),
            "secondary on surface": (self.text_secondary, self.surface),
            "primary button": (self.on_primary, self.primary),
            "pressed button": (self.on_primary, self.pressed),
            "success": (self.success, self.surface),
            "warning": (self.warning, self.surface),
            "error": (self.error, self.surface),
            "link": (self.primary, self.background),
        }


NORMAL = Theme(
    name="normal", background="#FFFFFF", surface="#F1F4F8", text="#111827",
    text_secondary="#374151", primary="#0B4F8A", on_primary="#FFFFFF", pressed="#06325A",
    success="#11602A", warning="#7A4A00", error="#A1221B", border="#C9D2DE")
CONTRAST = Theme(
    name="contrast", background="#000000", surface="#111111", text="#FFFFFF",
    text_secondary="#F0F0F0", primary="#FFE14D", on_primary="#000000", pressed="#FFFFFF",
    success="#8CFF9E", warning="#FFE14D", error="#FFB3B3", border="#FFFFFF",
    scale=1.15, animate=False, contrast=True)
LARGE_SCALE = 1.4


def look(*, large: bool, contrast: bool) -> Theme:
    """The theme for the reader's two switches: large text keeps the colours of high
    contrast and high contrast keeps the size of large text."""
    base = CONTRAST if contrast else NORMAL
    if not large:
        return base
    return replace(base, name="contrast-large" if contrast else "large", scale=LARGE_SCALE,
                   animate=False, large=True)


LARGE = look(large=True, contrast=False)
THEMES = {t.name: t for t in (NORMAL, LARGE, CONTRAST, look(large=True, contrast=True))}


def get_theme(name: str) -> Theme:
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}") from None


# -- WCAG 2 contrast -----------------------------------------------------------------

def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# -- style sheet ---------------------------------------------------------------------

def _tick(colour: str) -> str:
    """The check mark drawn in a ticked box (a style sheet takes only files)."""
    return (asset_path("icons") / f"check-{colour.lstrip('#').upper()}.svg").as_posix()


def stylesheet(t: Theme, family: str) -> str:
    """QSS for the whole terminal. Widgets pick rules by objectName and the dynamic
    properties `role` (labels) and `kind` (buttons). The font family is named here:
    a widget styled before the application's font was set keeps Qt's default family
    (DejaVu) for its bold text otherwise."""
    return f"""
    QWidget {{ background: {t.background}; color: {t.text}; font-size: {t.body}px;
        font-family: "{family}"; }}
    QLabel {{ background: transparent; }}
    QLabel[role="title"] {{ font-size: {t.title}px; font-weight: 700; }}
    QLabel[role="heading"] {{ font-size: {t.px(44)}px; font-weight: 700; }}
    QLabel[role="secondary"] {{ font-size: {t.secondary}px; color: {t.text_secondary}; }}
    QLabel[role="small"] {{ font-size: {t.small}px; color: {t.text_secondary}; }}
    QLabel[role="success"] {{ color: {t.success}; font-weight: 600; }}
    QLabel[role="warning"] {{ color: {t.warning}; font-weight: 600; }}
    QLabel[role="error"] {{ color: {t.error}; font-weight: 600; }}
    QLabel[role="prompt"] {{ font-size: {t.px(44)}px; font-weight: 600; }}
    #Header, #Footer {{ background: {t.primary}; }}
    #Header QLabel, #Footer QLabel {{ color: {t.on_primary}; }}
    #Header QLabel[role="title"] {{ font-size: {t.BAND_TITLE}px; }}
    #Header QLabel[role="secondary"] {{ color: {t.on_primary}; font-size: {t.BAND_TYPE}px; }}
    #Header QLabel#OfflineBadge {{ background: {t.background}; color: {t.text};
        border-radius: 12px;
        padding: 4px 16px; font-size: 24px; font-weight: 600; }}
    QPushButton {{ min-height: {t.target - 22}px; border-radius: 16px; padding: 8px 28px;
        font-size: {t.body}px; font-weight: 600; border: 3px solid {t.primary};
        background: {t.background}; color: {t.text}; }}
    QPushButton:pressed, QPushButton:checked {{ background: {t.pressed}; color: {t.on_primary};
        border-color: {t.pressed}; }}
    QPushButton:disabled {{ color: {t.text_secondary}; border-color: {t.border};
        background: {t.surface}; }}
    QPushButton[kind="primary"] {{ background: {t.primary}; color: {t.on_primary}; }}
    QPushButton[kind="primary"]:pressed {{ background: {t.pressed}; }}
    QPushButton[kind="tile"] {{ background: {t.primary}; color: {t.on_primary};
        border-radius: 28px; font-size: {t.px(44)}px; padding: 16px; }}
    QPushButton[kind="tile"]:pressed {{ background: {t.pressed}; }}
    QPushButton[kind="primary"]:disabled, QPushButton[kind="tile"]:disabled {{
        background: {t.surface}; color: {t.text_secondary}; border-color: {t.border}; }}
    #Header QPushButton, #Footer QPushButton {{ background: transparent; color: {t.on_primary};
        border: 3px solid {t.on_primary}; font-size: {t.BAND_TYPE}px; padding: 4px 16px;
        min-height: {t.BAND_TARGET - 14}px; }}
    #Header QPushButton:checked, #Footer QPushButton:checked,
    #Header QPushButton:pressed, #Footer QPushButton:pressed {{
        background: {t.on_primary}; color: {t.primary}; }}
    QLabel#KeypadDisplay {{ min-height: {t.target - 6}px; border: 3px solid {t.primary};
        border-radius: 14px; background: {t.surface}; color: {t.text}; padding: 0 20px; }}
    QLineEdit {{ min-height: {t.target - 6}px; border: 3px solid {t.primary}; border-radius: 14px;
        padding: 0 20px; background: {t.surface}; color: {t.text}; font-size: {t.body}px; }}
    #Card, QFrame[kind="card"] {{ background: {t.surface}; border-radius: 18px;
        border: 2px solid {t.border}; }}
    QFrame[kind="card"] QLabel {{ background: transparent; }}
    QFrame[state="done"] {{ border-left: 14px solid {t.success}; }}
    QFrame[state="refused"] {{ border-left: 14px solid {t.error}; }}
    QFrame[state="warning"] {{ border-left: 14px solid {t.warning}; }}
    QFrame[state="waiting"] {{ border-left: 14px solid {t.border}; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: {t.background}; border: none; }}
    QScrollBar:vertical {{ width: 36px; background: {t.surface}; border-radius: 12px; }}
    QScrollBar::handle:vertical {{ background: {t.primary}; min-height: 96px; border-radius: 12px;
        margin: 4px; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    #Overlay {{ background: rgba(0, 0, 0, 150); }}
    #OverlayScroll, #OverlayScroll > QWidget {{ background: transparent; }}
    #OverlayBox {{ background: {t.background}; border-radius: 24px; border: 3px solid {t.primary}; }}
    QCheckBox {{ font-size: {t.body}px; spacing: 20px; min-height: {t.target}px; }}
    QCheckBox::indicator {{ width: {t.px(56)}px; height: {t.px(56)}px;
        border: 3px solid {t.primary}; border-radius: 8px; background: {t.background}; }}
    QCheckBox::indicator:checked {{ background: {t.primary}; image: url("{_tick(t.on_primary)}"); }}
    """
