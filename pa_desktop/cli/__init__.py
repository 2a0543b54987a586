"""The command line front: the same services as the GUI, for scripts, support and tests."""
