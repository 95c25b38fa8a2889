"""Benchmarks that print figures (speed, memory); run them all with ``python -m benchmarks``."""
