# Store benchmark (SQLite, and PostgreSQL with --pg URL): 100,000 generated tasks — bulk import (against the sqlite3 shell's .import of the same
# rows), opening, the overdue query, search, peak memory. Run: ./build/bin/bench_store, or bash bench/store.sh
# for both backends side by side with the targets (bench/store_table.py).
add_executable(bench_store bench_store.cpp)
target_link_libraries(bench_store PRIVATE duban_store benchmark::benchmark)
target_compile_definitions(bench_store PRIVATE DUBAN_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
duban_warnings(bench_store)
add_dependencies(bench bench_store)
