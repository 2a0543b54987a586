"""Schools in the GUI: the school chooser and a school's settings dialog."""
