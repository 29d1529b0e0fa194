"""The desk's look: the terminal's colours at desktop size.

A librarian sits close to a monitor with a keyboard, so the type is desktop
size and lists are dense; the colours are the terminal's normal theme, so the
two faces read as one product.
"""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.app import font_family
from ui.theme import NORMAL, Theme


def stylesheet(t: Theme = NORMAL) -> str:
    return f"""
    QMainWindow, QDialog {{ background: {t.background}; }}
    QWidget {{ font-size: 14px; color: {t.text}; }}
    QLabel[role="title"] {{ font-size: 20px; font-weight: 700; }}
    QLabel[role="heading"] {{ font-size: 16px; font-weight: 700; }}
    QLabel[role="secondary"] {{ color: {t.text_secondary}; }}
    QLabel[role="success"] {{ color: {t.success}; font-weight: 600; }}
    QLabel[role="warning"] {{ color: {t.warning}; font-weight: 600; }}
    QLabel[role="error"] {{ color: {t.error}; font-weight: 600; }}
    #Banner {{ background: {t.primary}; }}
    #Banner QLabel {{ color: {t.on_primary}; }}
    QPushButton {{ min-height: 28px; padding: 3px 14px; border-radius: 6px;
        border: 2px solid {t.primary}; background: {t.background}; font-weight: 600; }}
    QPushButton:pressed, QPushButton:checked {{ background: {t.pressed}; color: {t.on_primary}; }}
    QPushButton:disabled {{ color: {t.text_secondary}; border-color: {t.border};
        background: {t.surface}; }}
    QPushButton[kind="primary"] {{ background: {t.primary}; color: {t.on_primary}; }}
    QLineEdit, QPlainTextEdit, QComboBox {{ min-height: 26px; padding: 1px 6px;
        border: 2px solid {t.border}; border-radius: 5px; background: {t.background}; }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {t.primary}; }}
    QSpinBox {{ min-height: 26px; }}
    QLineEdit[kind="scan"] {{ font-size: 18px; min-height: 34px; border-color: {t.primary}; }}
    QTableWidget {{ gridline-color: {t.border}; alternate-background-color: {t.surface};
        selection-background-color: {t.primary}; selection-color: {t.on_primary}; }}
    QHeaderView::section {{ background: {t.surface}; padding: 4px; border: none;
        border-bottom: 2px solid {t.border}; font-weight: 700; }}
    QTabBar::tab {{ padding: 6px 14px; }}
    QTabBar::tab:selected {{ border-bottom: 3px solid {t.primary}; font-weight: 700; }}
    QFrame[kind="card"] {{ background: {t.surface}; border: 1px solid {t.border};
        border-radius: 8px; }}
    QFrame[kind="card"] QLabel {{ background: transparent; }}
    QStatusBar {{ background: {t.surface}; }}
    #Alerts {{ background: #FFF1CC; border-bottom: 3px solid {t.warning}; }}
    #Alerts QLabel {{ font-size: 16px; font-weight: 700; color: {t.text}; }}
    QFrame[kind="ask"] {{ background: {t.surface}; border: 2px solid {t.primary};
        border-radius: 8px; }}
    QFrame[kind="ask"] QLabel {{ background: transparent; }}
    """


def apply_look(app: QApplication, lang: str) -> None:
    font = QFont(font_family(lang))
    font.setPixelSize(14)
    app.setFont(font)
    app.setStyleSheet(stylesheet())
