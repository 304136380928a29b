"""The case file: one window-filling screen per case, with a tab per part of the case."""
