"""Quality and speed benchmarks against the shared evaluation data and competing tools."""
