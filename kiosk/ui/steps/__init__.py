"""One page per step of the intake; each follows `StepPage`'s small protocol."""
