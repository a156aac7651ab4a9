"""weave stage."""
