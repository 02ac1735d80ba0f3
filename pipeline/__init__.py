"""Vietnamese news on mass-mobilisation work, turned into tidy tables."""

__version__ = "0.1.0"
