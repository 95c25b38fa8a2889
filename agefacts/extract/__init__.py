"""Pure extractors: text in, rows out. Prefect tasks in ``flows`` wrap them."""
