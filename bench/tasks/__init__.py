"""One module per benchmark task; each exposes ``run(ctx: BenchContext) -> list[Row]``."""
