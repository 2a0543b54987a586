"""The main window: the overview of pupils, follow-ups, adding a pupil."""
