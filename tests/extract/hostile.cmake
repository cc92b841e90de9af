# Issue 12: hostile fixtures (tests/fixtures/hostile) and the reader limits.
duban_add_gtest(test_hostile_readers test_hostile_readers.cpp LIBS duban_extract duban_exchange)
duban_add_gtest(test_reader_limits test_reader_limits.cpp LIBS duban_extract)
