"""The only layer that imports Qt: windows, pages, dialogs and the one background runner."""
