"""The ports: what the headless core needs from the outside, stated in the core.

sync/ (the store, the engine, the REST and SIP2 backends) and hardware/ (the
security switch) implement these; services depend only on them.
"""
