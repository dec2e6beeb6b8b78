"""Services: what the GUI and CLI call. Each takes the core parts it needs and answers with values
(and events on the bus), never with Qt objects."""
