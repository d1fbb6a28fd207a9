"""The migration wizard: QWizard pages over core.wizard.flow."""
