"""Plain-Python domain: entities, rules, clocks and errors.

Imports nothing above it: no Qt, no SQL.
"""
