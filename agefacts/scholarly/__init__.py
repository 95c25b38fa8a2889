"""Scholarly metadata over HTTP: Crossref and DataCite lookups for cited works.

``http`` is the polite, cached transport; ``records`` turns agency JSON into ``works`` rows;
``matching`` decides whether a search candidate is the cited work; ``resolve`` ties them together
for the flow, and ``abstracts`` turns fetched abstracts into documents.
"""
