"""Classe's Qt side: the audience window, the presenter console and their overlays."""
