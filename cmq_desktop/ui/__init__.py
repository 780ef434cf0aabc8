"""Qt views, the slide renderer and the controllers. The only layer that imports Qt."""
