"""Gateway: the one front door for channels and staff (see DESIGN.md § Processes)."""
