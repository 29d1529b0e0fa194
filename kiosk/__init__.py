"""Kiosk: offline-first library self-service terminal."""
__version__ = "0.1.0"
