"""The centre's HTTP routes, one module per resource (docs/protocol.md).

deps         the Centre every route reaches through the request, and who is asking
devices      time, enrolment, heartbeat, the fleet
streams      pulling a stream
transactions pushing circulation acts
patrons      PIN checks, a patron's account, staff notes
items        one item and its loan
payments     orders and the simulated provider's page (demo only)
staff        staff log-in and log-out
exceptions   the exceptions list and resolving one
audit        the audit log
reports      holds shelf and statistics for the desk
"""
