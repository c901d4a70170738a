"""The demo: a realistic year of the travelling library at several hubs, made through the app's
own write paths (``mandrivna demo``), for a newcomer, a coordinator, screenshots and benchmarks.

``generator`` runs the steps; ``hubs`` and ``plan`` are the two steps that the hub directory and
the plan's targets will extend; ``people``, ``books`` and ``programme`` hold the Ukrainian names,
the real books and the plan's events; ``laptops`` simulates the hubs' laptops and their syncs.
No Qt here.
"""
