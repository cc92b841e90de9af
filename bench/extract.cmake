add_executable(bench_extract bench_extract.cpp)
target_link_libraries(bench_extract PRIVATE duban_extract benchmark::benchmark)
target_compile_definitions(bench_extract PRIVATE DUBAN_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
add_dependencies(bench bench_extract)
