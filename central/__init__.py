"""The reference central server (`kiosk central`): the centre terminals sync with.

store        records (wire shape) and their change log, devices, transactions;
             schema: its own tables and migrations; reads: records as domain models
circulation  the push decisions, with the terminal's own policy functions
accounts     patron PINs, staff logins, lockouts
payments     orders and the simulated provider page
reports      holds shelf and statistics for the desk
app          assembles the FastAPI app (docs/protocol.md) from routes/, one module per
             resource, over one Centre (store, clock, settings); faults: test-only
runner       open a data directory; run uvicorn on a thread (demo, tests)
"""
