"""Client side of sync: transport, push/pull loop, USB bundles. No Qt; runs on any thread."""
