"""The migration wizard as a plain state machine: pages, branching by route, what is
complete, what is locked and why. No Qt: the wizard's pages only show it (issue 5)."""
