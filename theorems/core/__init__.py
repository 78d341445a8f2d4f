"""The shared numerical core: device and dtype, random draws, integrators, statistics."""
