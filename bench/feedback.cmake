# Unit feedback sheet: export, preview and import of a 500-row sheet. Run: ./build/bin/bench_feedback [rows]
add_executable(bench_feedback bench_feedback.cpp)
target_link_libraries(bench_feedback PRIVATE duban_exchange duban_store PkgConfig::LIBZIP)
duban_warnings(bench_feedback)
add_dependencies(bench bench_feedback)
