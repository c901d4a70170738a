"""Use cases: what a librarian or coordinator does, as plain Python over the store. No Qt."""
