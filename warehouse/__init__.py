"""The DuckDB warehouse: migrations, loading, queries, exports."""
