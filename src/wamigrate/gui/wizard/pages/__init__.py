"""The wizard's pages, one per file, in the order of core.wizard.flow.ALL_PAGES."""
