"""The reference central server (`kiosk central`): the centre terminals sync with.

store        records (replica shape) and their change log, devices, transactions
circulation  the push decisions, with the terminal's own policy functions
accounts     patron PINs, staff logins, lockouts
payments     orders and the simulated provider page
reports      holds shelf and statistics for the desk
app          the FastAPI app (docs/protocol.md); faults: test-only fault injection
runner       open a data directory; run uvicorn on a thread (demo, tests)
"""
