"""One pupil's dossier: timeline, measures, trajectory and checklist tabs."""
