"""The reference central server (`kiosk central`): the centre terminals sync with.

store        records (wire shape) and their change log, devices, transactions;
             schema: its own tables and migrations; reads: records as domain models
circulation  the push decisions, with the terminal's own policy functions
accounts     patron PINs, staff log-ins and tokens (argon2 on a hashing pool)
throttle     growing delays for wrong log-ins, by account and by source
payments     orders and provider notices; providers: the signed and simulated ones
reports      holds shelf and statistics for the desk
app          assembles the FastAPI app (docs/protocol.md) from routes/, one module per
             resource, over one Centre (store, clock, settings); limits: body limit and
             masked access log; faults: test-only fault injection
runner       open a data directory; run uvicorn on a thread (demo, tests)
"""
