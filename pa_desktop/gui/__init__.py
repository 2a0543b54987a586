"""The Qt front end: thin widgets over the services. The only layer that imports Qt."""
