"""Prefect flows and the thin tasks that wrap agefacts' pure functions."""
