// Empty on purpose: tests/parsers.test.ts lints code under this name with type information.
