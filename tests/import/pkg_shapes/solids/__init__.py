LEVEL = "solids"
