"""Fetch stage: `sources.yaml`, polite HTTP, robots.txt, the private-address guard and the
offline capture transport. It knows nothing of the warehouse, Prefect or reports: each answer
becomes an `Attempt` that the caller stores."""
